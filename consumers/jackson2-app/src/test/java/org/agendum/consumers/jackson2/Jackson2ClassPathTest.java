package org.agendum.consumers.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The class path is a Jackson 2.17 application's, as this module's POM pins it: the premise of the
 * other tests, checked so that they cannot pass on newer annotations by accident.
 */
class Jackson2ClassPathTest {

    @Test
    void jackson2_isTheVersionThePomPins() {
        String pinned = Jackson2App.pinnedJacksonVersion();

        assertThat(pinned).startsWith("2.17.");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(pinned);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion()).isEqualTo(3);
    }

    @Test
    void annotations_areThePinnedOnes_olderThanJackson3Needs() {
        assertThat(JsonProperty.class.getPackage().getImplementationVersion()).isEqualTo(Jackson2App.pinnedJacksonVersion());
        assertThat(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("/jackson-annotations-" + Jackson2App.pinnedJacksonVersion() + ".jar");
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void testsRunOnTheClassPath_asASpringBootApplicationDoes() {
        assertThat(Jackson2ClassPathTest.class.getModule().isNamed()).isFalse();
        assertThat(JsonMapper.class.getModule().isNamed()).isFalse();
    }

    @Test
    void aJackson3Mapper_cannotBeBuiltWithTheseAnnotations() {
        // What a Jackson 3 application sees first, before any agendum code runs: the reason
        // AgendumJsonModule cannot help here (Jackson2MapperTest).
        assertThatThrownBy(JsonMapper::builder).isInstanceOf(NoClassDefFoundError.class);
    }
}
