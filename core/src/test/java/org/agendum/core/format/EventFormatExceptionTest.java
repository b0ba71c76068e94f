package org.agendum.core.format;

import static org.agendum.core.format.EventFormatException.Kind.ENCODING;
import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.LIMIT;
import static org.agendum.core.format.EventFormatException.Kind.SYNTAX;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventFormatExceptionTest {

    private static final InvariantViolationException BLANK_TITLE =
            new InvariantViolationException(Invariant.BLANK_TEXT, "/title", "title must not be blank");

    @Test
    void theClassIsFinal() {
        assertThat(Modifier.isFinal(EventFormatException.class.getModifiers())).isTrue();
    }

    @Test
    void theKinds_areTheDocumentedSet() {
        assertThat(Arrays.stream(Kind.values()).map(Kind::name)).containsExactly("SYNTAX", "ENCODING", "UNKNOWN_FIELD",
                "MISSING_FIELD", "WRONG_TYPE", "INVALID_VALUE", "UNKNOWN_REFERENCE", "INVARIANT", "LIMIT", "UNSUPPORTED");
    }

    @Test
    void atPointer_keepsTheKindThePointerAndTheCause() {
        EventFormatException e = EventFormatException.atPointer(INVARIANT, "bad title", "/agenda/blocks/3/title",
                BLANK_TITLE);

        assertThat(e.kind()).isEqualTo(INVARIANT);
        assertThat(e.pointer()).hasValue("/agenda/blocks/3/title");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
        assertThat(e.getCause()).isSameAs(BLANK_TITLE);
        assertThat(e.code()).hasValue("BLANK_TEXT");
        assertThat(e.getMessage()).isEqualTo("bad title (at /agenda/blocks/3/title)");
    }

    @Test
    void atPointer_toTheRoot_isTheEmptyPointer() {
        EventFormatException e = EventFormatException.atPointer(WRONG_TYPE, "not an object", "", null);

        assertThat(e.kind()).isEqualTo(WRONG_TYPE);
        assertThat(e.pointer()).hasValue("");
        assertThat(e.getCause()).isNull();
        assertThat(e.code()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("not an object (at the document root)");
    }

    @Test
    void atLine_keepsTheKindTheLineAndTheColumn() {
        EventFormatException e = EventFormatException.atLine(INVARIANT, "bad DTSTART", 12, 9, BLANK_TITLE);

        assertThat(e.kind()).isEqualTo(INVARIANT);
        assertThat(e.line()).hasValue(12);
        assertThat(e.column()).hasValue(9);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.code()).hasValue(Invariant.BLANK_TEXT.code());
        assertThat(e.getMessage()).isEqualTo("bad DTSTART (at line 12, column 9)");
    }

    @Test
    void atLine_withColumnZero_hasNoColumn() {
        EventFormatException e = EventFormatException.atLine(SYNTAX, "truncated", 3, 0, new IOException("eof"));

        assertThat(e.kind()).isEqualTo(SYNTAX);
        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).isEmpty();
        assertThat(e.code()).isEmpty();
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(e.getMessage()).isEqualTo("truncated (at line 3)");
    }

    @Test
    void atLine_rejectsLinesBeforeOneAndNegativeColumns() {
        assertThatThrownBy(() -> EventFormatException.atLine(SYNTAX, "x", 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventFormatException.atLine(SYNTAX, "x", 1, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullKindMessageOrPointer_throwNullPointerException_namingTheParameter() {
        assertThatThrownBy(() -> EventFormatException.atPointer(null, "x", "/", null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> EventFormatException.atPointer(SYNTAX, null, "/", null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
        assertThatThrownBy(() -> EventFormatException.atPointer(SYNTAX, "x", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("pointer");
        assertThatThrownBy(() -> EventFormatException.atLine(null, "x", 1, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> EventFormatException.atLine(SYNTAX, null, 1, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindButInvariant_needsNoCause_andNoAccessorReturnsNull(Kind kind) {
        if (kind == INVARIANT) {
            return;
        }
        EventFormatException atPointer = EventFormatException.atPointer(kind, "x", "/a", null);
        EventFormatException atLine = EventFormatException.atLine(kind, "x", 1, 0, null);

        for (EventFormatException e : new EventFormatException[] {atPointer, atLine}) {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e).extracting(EventFormatException::pointer, EventFormatException::line,
                    EventFormatException::column).doesNotContainNull();
            assertThat(e.code()).isEmpty();
        }
    }

    @Test
    void invariant_withoutAViolationAsTheCause_isRefused() {
        assertThatThrownBy(() -> EventFormatException.atPointer(INVARIANT, "x", "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventFormatException.atLine(INVARIANT, "x", 1, 0, new IOException("eof")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViolationAsTheCause_withAnotherKind_isRefused() {
        assertThatThrownBy(() -> EventFormatException.atPointer(INVALID_VALUE, "x", "", BLANK_TITLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVARIANT");
        assertThatThrownBy(() -> EventFormatException.atLine(LIMIT, "x", 1, 0, BLANK_TITLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVARIANT");
    }

    @Test
    void encoding_keepsItsCause() {
        IOException cause = new IOException("byte 0xFF");
        EventFormatException e = EventFormatException.atPointer(ENCODING, "not UTF-8", "", cause);

        assertThat(e.kind()).isEqualTo(ENCODING);
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.code()).isEmpty();
    }

    @Test
    void invariantViolation_carriesCodeAndPath() {
        assertThat(BLANK_TITLE.invariant()).isEqualTo(Invariant.BLANK_TEXT);
        assertThat(BLANK_TITLE.code()).isEqualTo("BLANK_TEXT");
        assertThat(BLANK_TITLE.path()).isEqualTo("/title");
        assertThat(BLANK_TITLE).isInstanceOf(IllegalArgumentException.class);
    }
}
