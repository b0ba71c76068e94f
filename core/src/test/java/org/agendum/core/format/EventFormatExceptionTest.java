package org.agendum.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.junit.jupiter.api.Test;

class EventFormatExceptionTest {

    private static final InvariantViolationException BLANK_TITLE =
            new InvariantViolationException(Invariant.BLANK_TEXT, "/title", "title must not be blank");

    @Test
    void atPointer_keepsThePointerAndTheCause() {
        EventFormatException e = EventFormatException.atPointer("bad title", "/agenda/blocks/3/title", BLANK_TITLE);

        assertThat(e.pointer()).hasValue("/agenda/blocks/3/title");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
        assertThat(e.getCause()).isSameAs(BLANK_TITLE);
        assertThat(e.code()).hasValue("BLANK_TEXT");
    }

    @Test
    void atPointer_toTheRoot_isTheEmptyPointer() {
        EventFormatException e = EventFormatException.atPointer("not an object", "", null);

        assertThat(e.pointer()).hasValue("");
        assertThat(e.getCause()).isNull();
        assertThat(e.code()).isEmpty();
    }

    @Test
    void atLine_keepsLineAndColumn() {
        EventFormatException e = EventFormatException.atLine("bad DTSTART", 12, 9, BLANK_TITLE);

        assertThat(e.line()).hasValue(12);
        assertThat(e.column()).hasValue(9);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.code()).hasValue(Invariant.BLANK_TEXT.code());
    }

    @Test
    void atLine_withColumnZero_hasNoColumn() {
        EventFormatException e = EventFormatException.atLine("truncated", 3, 0, new IOException("eof"));

        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).isEmpty();
        assertThat(e.code()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void atLine_rejectsLinesBeforeOneAndNegativeColumns() {
        assertThatThrownBy(() -> EventFormatException.atLine("x", 0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventFormatException.atLine("x", 1, -1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullMessageOrPointer_throwNullPointerException() {
        assertThatThrownBy(() -> EventFormatException.atPointer(null, "/", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventFormatException.atPointer("x", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventFormatException.atLine(null, 1, 1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void invariantViolation_carriesCodeAndPath() {
        assertThat(BLANK_TITLE.invariant()).isEqualTo(Invariant.BLANK_TEXT);
        assertThat(BLANK_TITLE.code()).isEqualTo("BLANK_TEXT");
        assertThat(BLANK_TITLE.path()).isEqualTo("/title");
        assertThat(BLANK_TITLE).isInstanceOf(IllegalArgumentException.class);
    }
}
