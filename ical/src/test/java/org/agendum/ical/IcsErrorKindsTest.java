package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@linkplain EventFormatException#kind() kind} of each refusal of the iCalendar reader, for a
 * small document of each kind it produces (the limits, the encoding and the rich profile's kinds
 * are asserted in {@link IcsReadLimitsTest} and {@link IcsRichTest}).
 */
class IcsErrorKindsTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create();

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusal_hasItsKind(String description, String document, Kind kind, int line) {
        EventFormatException e = assertThrows(EventFormatException.class,
                () -> ICS.fromBytes(document.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        assertThat(e.line()).as(e.getMessage()).hasValue(line);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.code()).isEmpty();
    }

    static Stream<Arguments> refusal_hasItsKind() {
        return Stream.of(
                Arguments.of("an empty document", "", Kind.SYNTAX, 1),
                Arguments.of("a document that is not a calendar", "Hello\r\n", Kind.SYNTAX, 1),
                Arguments.of("an unclosed VEVENT", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", Kind.SYNTAX, 3),
                Arguments.of("an END that closes nothing", calendar("DTSTART:20260520T160000Z\r\nEND:VALARM\r\n"),
                        Kind.SYNTAX, 5),
                Arguments.of("a calendar without a VEVENT", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                        Kind.MISSING_FIELD, 2),
                Arguments.of("a VEVENT without a DTSTART", calendar("SUMMARY:Reunión\r\n"), Kind.MISSING_FIELD, 2),
                Arguments.of("a DTSTART that is not a date", calendar("DTSTART:2026-05-20\r\n"), Kind.INVALID_VALUE, 4),
                Arguments.of("a DTEND before the DTSTART",
                        calendar("DTSTART:20260520T160000Z\r\nDTEND:20260520T150000Z\r\n"), Kind.INVALID_VALUE, 5),
                Arguments.of("a negative DURATION", calendar("DTSTART:20260520T160000Z\r\nDURATION:-PT1H\r\n"),
                        Kind.INVALID_VALUE, 5),
                Arguments.of("a TZID nothing defines", calendar("DTSTART;TZID=Mars/Olympus:20260520T160000\r\n"),
                        Kind.UNKNOWN_REFERENCE, 4));
    }

    /** A calendar with one VEVENT whose fourth line on is {@code inside}. */
    private static String calendar(String inside) {
        return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n" + inside + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
