package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.core.model.Invariant;
import org.agendum.core.validation.StandardRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/RULES.md is the catalogue users read: every code is there, with its severity. */
class RulesDocumentationTest {

    private static String catalogue() throws IOException {
        return Files.readString(Path.of("..", "docs", "RULES.md"));
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void everyValidationRule_isCataloguedWithItsSeverity_andHasAnExample(StandardRule rule) throws IOException {
        String catalogue = catalogue();
        assertThat(catalogue).contains("| `" + rule.code() + "` | " + rule.severity() + " |");
        assertThat(catalogue).contains(rule.severity() + " " + rule.code() + " /");
    }

    @ParameterizedTest
    @EnumSource(Invariant.class)
    void everyInvariant_isCatalogued(Invariant invariant) throws IOException {
        assertThat(catalogue()).contains("| `" + invariant.code() + "` |");
    }
}
