package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the reader turns a TZID into instants: the JDK's rules for every zone it knows (over the
 * file's own VTIMEZONE), the file's VTIMEZONE for names only the file defines, and a clear error
 * for names nobody defines. Expected instants come from java.time.
 */
class IcsReadZonesTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create();

    /** A VTIMEZONE for Sao Paulo as ical4j 4.4.0 and older files have it: daylight time in January. */
    private static final String STALE_SAO_PAULO = """
            BEGIN:VTIMEZONE
            TZID:America/Sao_Paulo
            BEGIN:STANDARD
            DTSTART:19700215T000000
            RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU
            TZOFFSETFROM:-0200
            TZOFFSETTO:-0300
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:19701101T000000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
            TZOFFSETFROM:-0300
            TZOFFSETTO:-0200
            END:DAYLIGHT
            END:VTIMEZONE
            """;

    /** Outlook's definition of Central European time, under a name the JDK does not know. */
    private static final String OUTLOOK_BERLIN = """
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE
            """;

    @Test
    void jdkZone_winsOverTheFilesStaleDefinitionOfTheSameTzid() throws Exception {
        Event event = read(STALE_SAO_PAULO, "DTSTART;TZID=America/Sao_Paulo:20260113T160000");

        assertThat(event.zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(event.start()).isEqualTo(LocalDateTime.of(2026, 1, 13, 16, 0));
        assertThat(start(event)).isEqualTo(LocalDateTime.of(2026, 1, 13, 16, 0).atZone(ZoneId.of("America/Sao_Paulo"))
                .toInstant()).isEqualTo(Instant.parse("2026-01-13T19:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-01-13T09:00", "2026-03-29T01:30", "2026-03-29T03:30", "2026-07-01T09:00", "2026-10-25T01:59",
        "2026-10-25T03:00", "1995-07-01T12:00", "2037-12-31T23:00"})
    void nameOnlyTheFileDefines_isReadThroughItsVtimezone(String local) throws Exception {
        LocalDateTime time = LocalDateTime.parse(local);
        Event event = read(OUTLOOK_BERLIN, "DTSTART;TZID=W. Europe Standard Time:" + text(time));

        // Outlook's rules are the EU's, which Europe/Berlin has followed since 1981.
        assertThat(start(event)).isEqualTo(time.atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(event.zone()).isInstanceOf(ZoneOffset.class);
    }

    /** US Pacific time as Apple and Outlook define it: rules that ended in 2006 (UNTIL) and those since 2007. */
    private static final String CUSTOM_PACIFIC = """
            BEGIN:VTIMEZONE
            TZID:Pacific Custom
            BEGIN:DAYLIGHT
            DTSTART:19870405T020000
            RRULE:FREQ=YEARLY;UNTIL=20060402T100000Z;BYMONTH=4;BYDAY=1SU
            TZOFFSETFROM:-0800
            TZOFFSETTO:-0700
            END:DAYLIGHT
            BEGIN:STANDARD
            DTSTART:19671029T020000
            RRULE:FREQ=YEARLY;UNTIL=20061029T090000Z;BYMONTH=10;BYDAY=-1SU
            TZOFFSETFROM:-0700
            TZOFFSETTO:-0800
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:20070311T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            TZOFFSETFROM:-0800
            TZOFFSETTO:-0700
            END:DAYLIGHT
            BEGIN:STANDARD
            DTSTART:20071104T020000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU;COUNT=100
            TZOFFSETFROM:-0700
            TZOFFSETTO:-0800
            END:STANDARD
            END:VTIMEZONE
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2005-03-20T12:00", "2005-04-10T12:00", "2005-10-20T12:00", "2005-11-01T12:00", "2006-12-01T12:00",
        "2007-03-20T12:00", "2007-11-10T12:00", "2012-03-12T12:00", "2026-07-01T12:00", "2026-12-01T12:00"})
    void rulesThatEnded_andRulesThatBeganLater_giveTheInstantsOfTheirYears(String local) throws Exception {
        LocalDateTime time = LocalDateTime.parse(local);

        assertThat(start(read(CUSTOM_PACIFIC, "DTSTART;TZID=Pacific Custom:" + text(time))))
                .isEqualTo(time.atZone(ZoneId.of("America/Los_Angeles")).toInstant());
    }

    @Test
    void nameOnlyTheFileDefines_inAnOverlapIsTheFirstAndInAGapTheOffsetBefore() throws Exception {
        LocalDateTime overlap = LocalDateTime.of(2026, 10, 25, 2, 30);
        LocalDateTime gap = LocalDateTime.of(2026, 3, 29, 2, 30);

        assertThat(start(read(OUTLOOK_BERLIN, "DTSTART;TZID=W. Europe Standard Time:" + text(overlap))))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(start(read(OUTLOOK_BERLIN, "DTSTART;TZID=W. Europe Standard Time:" + text(gap))))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/freeassociation.sourceforge.net/Europe/Berlin|Europe/Berlin",
        "/mozilla.org/20050126_1/America/New_York|America/New_York",
        "/Europe/Stockholm|Europe/Stockholm",
        "\"Europe/Lisbon\"|Europe/Lisbon"})
    void pathLikeTzid_endsInTheJdkZone(String tzid, String zone) throws Exception {
        Event event = read("", "DTSTART;TZID=" + tzid + ":20260713T160000");

        assertThat(event.zone()).isEqualTo(ZoneId.of(zone));
        assertThat(event.start()).isEqualTo(LocalDateTime.of(2026, 7, 13, 16, 0));
    }

    @Test
    void libicalsLocation_andThunderbirdsTrailingSpace_andCaretEncoding_nameTheirZones() throws Exception {
        String libical = """
                BEGIN:VTIMEZONE
                TZID:/softwarestudio.org/Olson_20011030_5/Custom
                X-LIC-LOCATION:America/Montevideo
                BEGIN:STANDARD
                DTSTART:19700101T000000
                TZOFFSETFROM:-0300
                TZOFFSETTO:-0300
                END:STANDARD
                END:VTIMEZONE
                """;
        assertThat(read(libical, "DTSTART;TZID=/softwarestudio.org/Olson_20011030_5/Custom:20210611T130000").zone())
                .isEqualTo(ZoneId.of("America/Montevideo"));

        String thunderbird = OUTLOOK_BERLIN.replace("TZID:W. Europe Standard Time", "TZID:Mitteleuropäische Zeit ");
        assertThat(start(read(thunderbird, "DTSTART;TZID=Mitteleuropäische Zeit :20260701T170000")))
                .isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));

        String quoted = OUTLOOK_BERLIN.replace("TZID:W. Europe Standard Time", "TZID:Zone \"Berlin\"");
        assertThat(start(read(quoted, "DTSTART;TZID=\"Zone ^'Berlin^'\":20260701T170000")))
                .isEqualTo(Instant.parse("2026-07-01T15:00:00Z"));
    }

    @Test
    void dateWithATzid_isADateInThatZone() throws Exception {
        Event event = read("", "DTSTART;TZID=Europe/Berlin;VALUE=DATE:20130101");

        assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(event.start()).isEqualTo(LocalDateTime.of(2013, 1, 1, 0, 0));
        assertThat(event.end()).hasValue(LocalDateTime.of(2013, 1, 2, 0, 0));
    }

    @Test
    void nameNobodyDefines_isAnErrorNamingTheZoneAtItsLine() {
        assertThatThrownBy(() -> read("", "DTSTART;TZID=\"(GMT+10:00) Canberra, Melbourne, Sydney\":20260713T160000"))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("unknown time zone '(GMT+10:00) Canberra, Melbourne, Sydney'")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.UNKNOWN_REFERENCE))
                .satisfies(e -> assertThat(((EventFormatException) e).line()).hasValue(6));
    }

    @Test
    void ruleAgendumDoesNotEvaluate_isIgnoredForAJdkZone_andAnErrorForAZoneOnlyTheFileDefines() throws Exception {
        String secondly = """
                BEGIN:VTIMEZONE
                TZID:%s
                BEGIN:STANDARD
                DTSTART:19700101T000000
                RRULE:FREQ=SECONDLY
                TZOFFSETFROM:+0100
                TZOFFSETTO:+0100
                END:STANDARD
                END:VTIMEZONE
                """;
        assertThat(read(secondly.formatted("Europe/Paris"), "DTSTART;TZID=Europe/Paris:20210611T130000").zone())
                .isEqualTo(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> read(secondly.formatted("Nowhere"), "DTSTART;TZID=Nowhere:20210611T130000"))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("time zone 'Nowhere' cannot be used")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.UNSUPPORTED))
                .hasMessageContaining("FREQ=SECONDLY");
    }

    @Test
    void floatingStartBesideAZonedEnd_isInTheEndsZone() throws Exception {
        Event event = read("", "DTSTART:20250814T180000\nDTEND;TZID=Europe/Brussels:20250814T190000");

        assertThat(start(event)).isEqualTo(Instant.parse("2025-08-14T16:00:00Z"));
    }

    private static Instant start(Event event) {
        return Timetable.of(event).eventStart().toInstant();
    }

    private static String text(LocalDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"));
    }

    /** A calendar with these definitions and one VEVENT with these time lines (line 6 is the first). */
    private static Event read(String definitions, String times) throws EventFormatException {
        String document = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:x@example.org\n" + times
                + "\nSUMMARY:Reunión\nEND:VEVENT\n" + definitions + "END:VCALENDAR\n";
        return ICS.fromBytes(document.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
