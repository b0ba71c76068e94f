package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

    @ParameterizedTest
    @EnumSource(Labels.class)
    void everyLanguage_hasEveryLabel(Labels labels) {
        assertThat(labels.keys()).isEqualTo(Labels.EN.keys());
        labels.keys().forEach(key -> assertThat(labels.get(key)).as(key).isNotBlank());
        assertThatThrownBy(() -> labels.get("nonsense")).isInstanceOf(IllegalArgumentException.class);
    }
}
