package org.agendum.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScheduleXmlFormat} on small schedules written here: the day change, the zone, and bad input named by place. */
class ScheduleXmlReadTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A one-day schedule whose conference has {@code conference} inside it and whose one talk has {@code talk}. */
    private static String schedule(String conference, String talk) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule>
                  <conference><title>Camp</title>%s</conference>
                  <day index="1" date="2024-08-10">
                    <room name="Tent">
                      <event id="7">%s<room>Tent</room><title>Hack night</title><type>workshop</type>
                        <persons><person id="3">Ada</person></persons></event>
                    </room>
                  </day>
                </schedule>
                """.formatted(conference, talk);
    }

    private static Event read(String xml) throws Exception {
        return ScheduleXmlFormat.create().withZone(BERLIN).read(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    private static EventFormatException refused(ScheduleXmlFormat reader, String xml) {
        return assertThrows(EventFormatException.class, () -> reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8))));
    }

    @Test
    void aTalkBeforeTheDayChange_isOnTheNextDate_andOneRunningPastMidnightEndsOnTheDateAfterItStarts() throws Exception {
        Event early = read(schedule("<day_change>04:00</day_change>", "<start>03:00</start><duration>01:00</duration>"));
        Event late = read(schedule("<day_change>04:00</day_change>", "<start>22:00</start><duration>06:00</duration>"));

        assertThat(Timetable.of(early).spanOf("7").orElseThrow().start())
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2024, 8, 11), LocalTime.of(3, 0), BERLIN));
        Slot night = (Slot) late.agenda().blocks().get(0).timing().orElseThrow();
        assertThat(night.endsNextDay()).isTrue();
        assertThat(Timetable.of(late).spanOf("7").orElseThrow().end())
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2024, 8, 11), LocalTime.of(4, 0), BERLIN));
        assertThat(late.start()).isEqualTo(LocalDateTime.of(2024, 8, 10, 22, 0));
        assertThat(late.end()).contains(LocalDateTime.of(2024, 8, 11, 4, 0));
    }

    @Test
    void theZone_isTheSchedulesWhenItStatesOne_elseTheReadersElseTheFirstDaysOffset() throws Exception {
        String stated = schedule("<time_zone_name>Europe/Lisbon</time_zone_name>", "<start>10:00</start><duration>00:30</duration>");
        String unstated = schedule("", "<start>10:00</start><duration>00:30</duration>");
        String offset = unstated.replace("date=\"2024-08-10\"", "date=\"2024-08-10\" start=\"2024-08-10T08:00:00+03:00\"");

        assertThat(read(stated).zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(read(unstated).zone()).isEqualTo(BERLIN);
        assertThat(ScheduleXmlFormat.create().fromBytes(offset.getBytes(UTF_8)).zone()).isEqualTo(ZoneOffset.ofHours(3));
        EventFormatException e = refused(ScheduleXmlFormat.create(), unstated);
        assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(e.line()).hasValue(3);
        assertThat(e.getMessage()).contains("/schedule/conference[1]/time_zone_name");
    }

    @Test
    void badValues_areRefused_namingTheirPlace() {
        ScheduleXmlFormat reader = ScheduleXmlFormat.create().withZone(BERLIN);

        EventFormatException duration = refused(reader, schedule("", "<start>10:00</start><duration>half an hour</duration>"));
        EventFormatException dayLong = refused(reader, schedule("", "<start>10:00</start><duration>24:05</duration>"));
        EventFormatException start = refused(reader, schedule("", "<start>25:00</start><duration>00:30</duration>"));
        EventFormatException language = refused(reader,
                schedule("", "<start>10:00</start><duration>00:30</duration><language>en gb</language>"));

        assertThat(duration.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(duration.getMessage()).contains("/schedule/day[1]/room[1]/event[1]/duration");
        assertThat(duration.line()).hasValue(6);
        assertThat(dayLong.kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(dayLong.getMessage()).contains("/schedule/day[1]/room[1]/event[1]/duration");
        assertThat(start.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(start.getMessage()).contains("/schedule/day[1]/room[1]/event[1]/start");
        assertThat(language.kind()).isEqualTo(Kind.INVARIANT);
        assertThat(language.code()).contains("INVALID_LANGUAGE_TAG");
        assertThat(language.getMessage()).contains("/schedule/day[1]/room[1]/event[1]");
    }

    @Test
    void aDoctype_isRefused_soNoEntityIsExpandedAndNoFileRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<schedule><conference><title>&x;</title></conference></schedule>";

        EventFormatException e = refused(ScheduleXmlFormat.create().withZone(BERLIN), xml);

        assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(e.line()).hasValue(2);
        assertThat(e.getMessage()).doesNotContain("secret");
    }

    @Test
    void anUndeclaredEntity_isASyntaxError_andNothingElseIsThrown() {
        EventFormatException e = refused(ScheduleXmlFormat.create().withZone(BERLIN),
                "<schedule>\n<conference><title>&lol;</title></conference></schedule>");

        assertThat(e.kind()).isIn(Kind.SYNTAX, Kind.UNSUPPORTED);
        assertThat(e.line()).hasValue(2);
    }

    @Test
    void elementsNestedBeyondTheLimit_areALimit_atTheirLine() {
        String deep = "<schedule>\n" + "<a>".repeat(40) + "</a>".repeat(40) + "</schedule>";

        EventFormatException e = refused(ScheduleXmlFormat.create().withZone(BERLIN), deep);

        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.line()).hasValue(2);
    }

    @Test
    void aDocumentLargerThan64MiB_isALimit_readNoFurther() {
        byte[] large = new byte[64 * 1024 * 1024 + 2];
        java.util.Arrays.fill(large, (byte) ' ');
        byte[] start = "<schedule><!--".getBytes(UTF_8);
        System.arraycopy(start, 0, large, 0, start.length);

        EventFormatException e = assertThrows(EventFormatException.class,
                () -> ScheduleXmlFormat.create().read(new ByteArrayInputStream(large)));

        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    }

    @Test
    void aRootThatIsNotSchedule_orAScheduleWithoutConference_isMissingAField() {
        EventFormatException other = refused(ScheduleXmlFormat.create(), "<calendar/>");
        EventFormatException bare = refused(ScheduleXmlFormat.create(), "<schedule>\n\n<version>1</version></schedule>");

        assertThat(other.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(bare.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(bare.getMessage()).contains("/schedule/conference");
    }

    @Test
    void aDocumentThatIsNotXml_isASyntaxError_atItsLine() {
        EventFormatException e = refused(ScheduleXmlFormat.create().withZone(BERLIN), "<schedule>\n<conference>\n</schedule>");

        assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(e.line()).hasValue(3);
    }
}
