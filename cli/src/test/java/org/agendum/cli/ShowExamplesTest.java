package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code agendum show} and {@code validate} on the two example files in {@code examples/}: the
 * conference's rooms, tracks, cancelled and moved talks, its dinner past midnight and its
 * Portuguese titles, and the
 * series' sessions, one heading per Monday that java.time counts from the first session, with none
 * on the excluded holiday. Both validate without a finding and exit with 0.
 */
class ShowExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String CONFERENCE = "lisbon-conference-2026.json";
    private static final String SERIES = "madrid-seminar-series-2026.json";

    /** A day's heading, as the programme prints it in English. */
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);

    /** A day within the heading's year, as the programme prints an end on the next day. */
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    /** The conference's last day, when clocks go back at 02:00. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 10, 25);

    private record Run(int code, String out, String err) {}

    private static Run agendum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Agendum.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String show(String file) {
        Run run = agendum("show", "--locale", "en", EXAMPLES.resolve(file).toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void conference_showsItsRoomsTracksAndChanges() {
        String shown = show(CONFERENCE);

        assertThat(shown).contains("Room: Auditório Tejo, Ground floor", "Room: Sala Alfama, First floor",
                "Room: Sala Belém, First floor", "Room: Sala Estrela, Second floor",
                "Also shown live in: Sala Alfama", "Track: Policy and planning", "Track: Data and technology",
                "Registration: required, 25 seats",
                "Parking reform in small cities (in parallel) — CANCELLED",
                "Cancelled: the speaker cannot travel.",
                "14:00–15:30 Europe/Lisbon  Digital twins of a tram line (in parallel) — RESCHEDULED,"
                        + " first announced for " + SUNDAY.format(HEADING) + ", 10:30",
                "20:00 – " + SUNDAY.format(DAY_AND_MONTH) + ", 00:30 Europe/Lisbon  Conference dinner",
                "Venue: Restaurante O Miradouro");
        // One heading per day, Friday to Sunday, in order.
        List<String> days = LocalDate.of(2026, 10, 23).datesUntil(LocalDate.of(2026, 10, 26))
                .map(HEADING::format).toList();
        assertThat(days.get(0)).startsWith("Friday");
        assertThat(shown.lines().filter(days::contains).toList()).containsExactlyElementsOf(days);
    }

    @Test
    void conference_inPortuguese_showsTheLocalizedTitles_andTheOthersInEnglish() {
        Run run = agendum("show", "--lang", "pt", EXAMPLES.resolve(CONFERENCE).toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("09:30–10:00 Europe/Lisbon  Abertura",
                "10:00–11:00 Europe/Lisbon  Ruas para as pessoas", "Europe/Lisbon  Jantar da conferência",
                "Europe/Lisbon  Lunch").doesNotContain("Streets for people");
        assertThat(show(CONFERENCE)).contains("Interpretation: en → pt (Canal 2)",
                "Panelist: Amara Okafor, Director of Urban Planning (Lagos, NG) (remote)");
    }

    @Test
    void series_showsOneSessionPerMonday_butNoneOnTheHoliday() {
        String shown = show(SERIES);

        LocalDate first = LocalDate.of(2026, 9, 28);
        LocalDate holiday = LocalDate.of(2026, 10, 12);
        assertThat(holiday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        List<String> sessions = first.datesUntil(first.plusWeeks(11), Period.ofWeeks(1))
                .filter(d -> !d.equals(holiday)).map(HEADING::format).toList();
        assertThat(sessions).hasSize(10).first().isEqualTo("Monday, September 28, 2026");

        List<String> lines = shown.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("Monday, ") && !l.contains("·")).toList())
                .containsExactlyElementsOf(sessions);
        assertThat(shown).doesNotContain(holiday.format(HEADING));
        assertThat(lines.stream().filter(l -> l.equals("18:00–19:30 Europe/Madrid  Sesión del seminario")))
                .hasSize(10);
    }

    @Test
    void examples_validateWithoutAFinding_andExitWithZero() {
        Run run = agendum("validate", EXAMPLES.resolve(CONFERENCE).toString(), EXAMPLES.resolve(SERIES).toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                EXAMPLES.resolve(CONFERENCE) + ": 0 errors, 0 warnings, 0 infos",
                EXAMPLES.resolve(SERIES) + ": 0 errors, 0 warnings, 0 infos");
    }
}
