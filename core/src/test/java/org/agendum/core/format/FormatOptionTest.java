package org.agendum.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatOptionTest {

    private static final FormatOption LAYOUT = FormatOption.choice("layout", "How documents are laid out.", "pretty",
            "pretty", "compact");

    @Test
    void choice_acceptsItsValuesOnly() {
        assertThat(LAYOUT.values()).containsExactly("pretty", "compact");
        assertThat(LAYOUT.check("compact")).isEqualTo("compact");
        assertThatThrownBy(() -> LAYOUT.check("PRETTY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option layout takes pretty, compact, not 'PRETTY'");
        assertThat(LAYOUT).hasToString("layout (pretty|compact, default pretty)");
    }

    @Test
    void text_acceptsAnyText_forTheFormatToCheck() {
        FormatOption domain = FormatOption.text("uid-domain", "The domain of UIDs.", "agendum");

        assertThat(domain.values()).isEmpty();
        assertThat(domain.check("anything at all")).isEqualTo("anything at all");
        assertThat(domain).hasToString("uid-domain (text, default agendum)");
    }

    @Test
    void definitions_areChecked() {
        assertThatThrownBy(() -> FormatOption.choice("Layout", "d", "a", "a")).hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> FormatOption.text("uid_domain", "d", "a")).hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> FormatOption.choice("layout", "d", "a")).hasMessage("option layout needs at least one value");
        assertThatThrownBy(() -> FormatOption.choice("layout", "d", "tabs", "pretty", "compact"))
                .hasMessage("the default 'tabs' of option layout is not one of its values [pretty, compact]");
        assertThat(FormatOption.choice("layout", "d", "a", "a", "b")).isEqualTo(FormatOption.choice("layout", "d", "a", "a", "b"))
                .hasSameHashCodeAs(FormatOption.choice("layout", "d", "a", "a", "b"))
                .isNotEqualTo(FormatOption.choice("layout", "d", "b", "a", "b"));
    }

    @Test
    void aFormatWithoutOptions_refusesEveryName() {
        EventFormat plain = new TextEventFormat();

        assertThat(plain.options()).isEmpty();
        assertThatThrownBy(() -> plain.withOption("layout", "compact")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the " + plain.name() + " format has no option 'layout'; it takes none");
        assertThatThrownBy(() -> plain.option("layout")).isInstanceOf(IllegalArgumentException.class);
    }
}
