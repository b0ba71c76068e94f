package org.agendum.cli;

import static org.agendum.cli.CommandRun.run;
import static org.agendum.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.agendum.jscalendar.JsCalendarEventFormat;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command, run in-process on the bundled examples: exit codes and output. */
class AgendumTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String SEMINAR = EXAMPLES.resolve("gobiernos-locales-2021.json").toString();
    private static final String PARIS = EXAMPLES.resolve("paris-seminar-2018.json").toString();

    @Test
    void validate_paris_printsExactlyTheThreeExpectedViolations_andExitsZero() {
        CommandRun run = run("validate", PARIS);

        assertThat(run.code()).isZero();
        assertThat(run.out().split("\n")).containsExactly(
                "WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8: block 'Conclusiones y cierre' ends at 17:15, after the "
                        + "event ends at 17:00",
                "INFO SCHEDULE_GAP /agenda/blocks/6: 10 min unscheduled from 13:20 to 13:30, before block 'Almuerzo libre'",
                "INFO SCHEDULE_GAP /agenda/blocks/7: 30 min unscheduled from 14:30 to 15:00, before block 'PARTE III: "
                        + "Herramientas para el seguimiento y evaluación de los procesos de internacionalización'",
                PARIS + ": 0 errors, 1 warning, 2 infos");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_theSeminar_isClean() {
        CommandRun run = run("validate", SEMINAR);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(SEMINAR + ": 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void validate_withErrors_exitsOne(@TempDir Path folder) throws IOException {
        Event seminar = SeedEvents.gobiernosLocales2021();
        Event late = seminar.withRegistration(seminar.registration().orElseThrow().withDeadline(
                Deadline.before(java.time.LocalDate.of(2021, 6, 20), seminar.zone())));
        Path file = folder.resolve("late.json");
        Files.write(file, JsonEventFormat.create().toBytes(late));

        CommandRun run = run("validate", file.toString(), PARIS);
        assertThat(run.code()).isEqualTo(Agendum.ERRORS_FOUND);
        assertThat(run.out()).startsWith("ERROR DEADLINE_AFTER_START /registration/deadline: ")
                .contains(file + ": 1 error, 0 warnings, 0 infos\n")
                .contains(PARIS + ": 0 errors, 1 warning, 2 infos\n");
    }

    @Test
    void validate_withAClock_reportsTheClosedRegistration() {
        CommandRun run = run("validate", "--now", "2021-06-10T12:00:00Z", SEMINAR);
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("INFO REGISTRATION_CLOSED /registration/deadline: ");
    }

    @Test
    void validate_unreadableFile_exitsTwo_withTheFileAndThePlace_andNoStackTrace(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"id\": \"x\", \"title\": \"X\", \"zone\": \"Mars/Olympus\"}");

        CommandRun run = run("validate", bad.toString(), PARIS);
        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).isEqualTo("agendum: " + bad + ": 'Mars/Olympus' is not a known time-zone id such as "
                + "America/Montevideo (at /zone)\n");
        assertThat(run.out()).contains(PARIS + ": 0 errors, 1 warning, 2 infos");

        CommandRun verbose = run("validate", "--verbose", bad.toString());
        assertThat(verbose.err()).contains("at org.agendum");
        assertThat(run("validate", folder.resolve("missing.json").toString()).err()).contains("missing.json: no such file");
        assertThat(run("validate", "notes.txt").err()).contains("notes.txt: cannot tell its format");
    }

    @Test
    void validate_asJson_isAMachineReadableReport() {
        CommandRun run = run("validate", "--format", "json", PARIS, SEMINAR);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());

        assertThat(run.code()).isZero();
        assertThat(report.get("files")).hasSize(2);
        JsonNode paris = report.get("files").get(0);
        assertThat(paris.get("warnings").intValue()).isEqualTo(1);
        assertThat(paris.get("violations").get(0).get("code").stringValue()).isEqualTo("BLOCK_OUTSIDE_EVENT");
        assertThat(paris.get("violations").get(0).get("path").stringValue()).isEqualTo("/agenda/blocks/8");
        assertThat(report.get("files").get(1).get("violations")).isEmpty();
    }

    @Test
    void validate_readsStandardInput() {
        byte[] seminar = JsonEventFormat.create().toBytes(SeedEvents.parisSeminar2018());
        CommandRun run = runWithInput(new ByteArrayInputStream(seminar), "validate", "-");
        assertThat(run.out()).endsWith("<stdin>: 0 errors, 1 warning, 2 infos\n");
    }

    @Test
    void show_printsTheSeminarInBothZones_withItsPeople() {
        CommandRun run = run("show", SEMINAR);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Gobiernos locales en acción\n")
                .contains("Friday, June 11, 2021 · 13:00–14:30 Uruguay · 11:00–12:30 México\n")
                .contains("13:15–13:50 Uruguay · 11:15–11:50 México  Panel 1: Alianzas estratégicas");
    }

    @Test
    void show_printsEveryLineTheReadmeShows_inItsOrder() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```text\n", readme.indexOf("<!-- show -->")) + "```text\n".length();
        List<String> shown = List.of(readme.substring(start, readme.indexOf("```", start)).split("\n"));
        List<String> printed = List.of(run("show", SEMINAR).out().split("\n"));

        // Every line the README shows is in the output, in the same order; "…" stands for lines left out.
        int at = 0;
        for (String line : shown) {
            if (line.equals("…")) {
                continue;
            }
            int found = printed.subList(at, printed.size()).indexOf(line);
            assertThat(found).as("README line '%s' after output line %d", line, at).isNotNegative();
            at += found + 1;
        }
        assertThat(shown).hasSizeGreaterThan(10);
    }

    @Test
    void show_withAnotherZone_addsItAfterTheEventsZones_andRefusesUnknownZonesAndLanguages() {
        CommandRun run = run("show", "--locale", "es", "--zone", "America/Bogota", "--zone", "Europe/Paris", PARIS);

        assertThat(run.code()).isZero();
        // Bogotá is 7 hours behind Paris in July (no daylight-saving time there).
        assertThat(run.out())
                .contains("Jueves 5 de julio de 2018 · 09:00–17:00 Europe/Paris · 02:00–10:00 America/Bogota\n")
                .contains("17:00–17:15 Europe/Paris · 10:00–10:15 America/Bogota  Conclusiones y cierre\n")
                .doesNotContain("Europe/Paris · 09:00–17:00 Europe/Paris");
        assertThat(run("show", "--locale", "ES", PARIS).out()).contains("Lugar: Alcaldía de Paris");

        CommandRun zone = run("show", "--zone", "Mars/Olympus", PARIS);
        assertThat(zone.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(zone.err()).contains("--zone 'Mars/Olympus' is not a time-zone id");
        CommandRun language = run("show", "--locale", "de", PARIS);
        assertThat(language.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(language.err()).contains("--locale: there are no programme labels in 'de'; there are in en, es, fr");
        assertThat(language.out()).isEmpty();
    }

    @Test
    void show_printsTitlesInTheLanguageAsked_whereTranslated_andRemoteSpeakers(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("foro.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"e\", \"title\": \"Foro\", \"languages\": [\"es\"], "
                + "\"localizations\": [{\"language\": \"fr\", \"title\": \"Forum\"}], "
                + "\"parties\": [{\"type\": \"person\", \"id\": \"ana\", \"name\": \"Ana\"}], "
                + "\"zone\": \"America/Montevideo\", \"start\": \"2021-06-11T13:00\", \"agenda\": {\"blocks\": ["
                + "{\"id\": \"charla\", \"kind\": \"talk\", \"title\": \"Ciudades\", \"timing\": {\"duration\": \"PT30M\"}, "
                + "\"participants\": [{\"party\": \"ana\", \"role\": \"speaker\", \"remote\": true}]}]}}");

        CommandRun french = run("show", "--locale", "fr", file.toString());
        assertThat(french.code()).isZero();
        assertThat(french.out()).startsWith("Forum\n").contains("Ciudades").contains("Ana (à distance)");
        assertThat(run("show", "--locale", "fr", "--lang", "es", file.toString()).out()).startsWith("Foro\n");
        assertThat(run("show", "--lang", "FR", file.toString()).out()).startsWith("Forum\n").contains("Ana (remote)");

        CommandRun malformed = run("show", "--lang", "fr_FR", file.toString());
        assertThat(malformed.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(malformed.err()).contains("--lang 'fr_FR' is not a BCP 47 language tag");
    }

    @Test
    void show_printsABlocksSubtitleLanguagesAndLinks_fromAHandWrittenDocument(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("charla.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"e\", \"title\": \"Seminario\", "
                + "\"zone\": \"America/Montevideo\", \"start\": \"2021-06-11T13:00\", \"agenda\": {\"blocks\": ["
                + "{\"id\": \"charla\", \"kind\": \"talk\", \"title\": \"Ciudades\", \"subtitle\": \"diez años\", "
                + "\"languages\": [\"es\", \"pt-BR\"], \"timing\": {\"duration\": \"PT30M\"}, \"links\": ["
                + "{\"url\": \"https://example.org/d.pdf\", \"kind\": \"slides\"}, "
                + "{\"url\": \"https://example.org/g\", \"label\": \"Grabación completa\", \"kind\": \"recording\"}]}]}}");

        CommandRun run = run("show", "--locale", "es", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("13:00–13:30 America/Montevideo  Ciudades\n"
                + "    diez años\n"
                + "    Idiomas: es, pt-BR\n"
                + "    Enlaces:\n"
                + "      Diapositivas: https://example.org/d.pdf\n"
                + "      Grabación completa: https://example.org/g\n");
    }

    @Test
    void show_printsDeclaredRoomsAndTracksByName_neverById(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("foro.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"e\", \"title\": \"Foro\", "
                + "\"zone\": \"America/Montevideo\", \"start\": \"2021-06-11T13:00\", "
                + "\"rooms\": [{\"id\": \"aud\", \"name\": \"Auditorio\", \"floor\": \"Planta baja\"}, "
                + "{\"id\": \"b\", \"name\": \"Sala B\"}], "
                + "\"tracks\": [{\"id\": \"t1\", \"name\": \"Políticas públicas\", \"color\": \"#1F77B4\"}], "
                + "\"agenda\": {\"blocks\": [{\"id\": \"taller\", \"kind\": \"workshop\", \"title\": \"Taller\", "
                + "\"timing\": {\"duration\": \"PT30M\"}, \"room\": \"aud\", \"overflowRooms\": [\"b\"], "
                + "\"track\": \"t1\"}]}}");

        CommandRun run = run("show", "--locale", "es", file.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("13:00–13:30 America/Montevideo  Taller\n"
                + "    Sala: Auditorio, Planta baja\n"
                + "    También en directo en: Sala B\n"
                + "    Eje: Políticas públicas\n");
    }

    @Test
    void show_marksChangedBlocks_andValidateFindsALateWorkshopRegistration(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cambios.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"e\", \"title\": \"Seminario\", "
                + "\"zone\": \"America/Montevideo\", \"start\": \"2021-06-11T13:00\", \"venue\": {\"name\": \"Sala\"}, "
                + "\"agenda\": {\"blocks\": ["
                + "{\"id\": \"charla\", \"kind\": \"talk\", \"title\": \"Ciudades\", \"timing\": {\"duration\": \"PT30M\"}, "
                + "\"status\": \"cancelled\", \"statusNote\": \"La oradora no pudo viajar.\"}, "
                + "{\"id\": \"taller\", \"kind\": \"workshop\", \"title\": \"Mapas\", \"timing\": {\"duration\": \"PT60M\"}, "
                + "\"status\": \"rescheduled\", \"previousStart\": \"2021-06-11T16:00\", "
                + "\"registration\": {\"capacity\": 25, \"deadline\": {\"kind\": \"until\", \"date\": \"2021-06-11\", "
                + "\"zone\": \"America/Montevideo\"}}}]}}");

        CommandRun show = run("show", "--locale", "es", file.toString());
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("13:00–13:30 America/Montevideo  Ciudades — CANCELADO\n"
                + "    La oradora no pudo viajar.\n"
                + "13:30–14:30 America/Montevideo  Mapas — REPROGRAMADO, anunciado inicialmente para 16:00\n"
                + "    Inscripción: 25 plazas — último día viernes 11 de junio de 2021\n");

        CommandRun validate = run("validate", file.toString());
        assertThat(validate.code()).isNotZero();
        assertThat(validate.out()).contains("ERROR BLOCK_DEADLINE_AFTER_START /agenda/blocks/1/registration/deadline");
    }

    @Test
    void convert_jsonToJson_isTheCanonicalDocument(@TempDir Path folder) throws Exception {
        CommandRun toStdout = run("convert", SEMINAR, "--to", "json");
        assertThat(toStdout.code()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(Path.of(SEMINAR)));

        Path out = folder.resolve("compact.json");
        assertThat(run("convert", PARIS, "--to", "json", "--compact", "-o", out.toString()).code()).isZero();
        assertThat(JsonEventFormat.create().fromBytes(Files.readAllBytes(out))).isEqualTo(SeedEvents.parisSeminar2018());
        assertThat(Files.readString(out)).doesNotContain("\n");

        CommandRun fromStdin = runWithInput(Files.newInputStream(Path.of(PARIS)), "convert", "-", "--to", "json");
        assertThat(fromStdin.out()).isEqualTo(Files.readString(Path.of(PARIS)));
    }

    @Test
    void schema_printsTheJsonSchema() {
        CommandRun run = run("schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(JsonEventFormat.schema());
    }

    @Test
    void formats_listsEveryInstalledFormat_withTheirOptions() {
        assertThat(run("formats").out().split("\n")).containsExactly(
                "html          text/html                   .html          write",
                "  -O lang=en|es|fr (default en)",
                "      The page's language: its labels and dates, and the event's texts where it translates them.",
                "ics           text/calendar               .ics           read, write",
                "  -O profile=publish|rich (default publish)",
                "      What the file carries: publish (safe for calendar clients) or rich (also RFC 9073 participants,"
                        + " the location and the event's JSON, so it reads back without loss).",
                "  -O blocks=true|false (default true)",
                "      Whether each timed block gets its own calendar entry besides the event's.",
                "  -O uid-domain=text (default agendum)",
                "      The domain of the entries' UIDs, such as events.example.org; keep yours once chosen.",
                "  -O locale=en|es|fr (default en)",
                "      The language of the calendar's texts: their labels, dates and transit modes.",
                "  -O confidential=withhold|include (default withhold)",
                "      Whether the file carries what the event holds in confidence (the online meeting's passcode):"
                        + " withhold or include.",
                "jscalendar    application/jscalendar+json .jscal.json    read, write",
                "json          application/json            .json          read, write",
                "  -O layout=pretty|compact (default pretty)",
                "      How documents are written: pretty (indented lines) or compact (one line).",
                "jsonld        application/ld+json         .jsonld        write",
                "schedule-json application/json            .schedule.json read, write",
                "  -O zone=text (default none)",
                "      The IANA time zone of a schedule without time_zone_name (FOSDEM's and 31C3's have none), such as"
                        + " Europe/Brussels; 'none' reads such a schedule in the offset of its first day.",
                "schedule-xml  application/xml             .xml           read, write",
                "  -O zone=text (default none)",
                "      The IANA time zone of a schedule without time_zone_name (FOSDEM's and 31C3's have none), such as"
                        + " Europe/Brussels; 'none' reads such a schedule in the offset of its first day.");
    }

    @Test
    void convert_toHtml_writesThePage_inTheLanguageAsked(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("seminar.html");
        CommandRun run = run("convert", SEMINAR, "-o", out.toString(), "--to", "html", "-O", "lang=es");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>\n<html lang=\"es\">")
                .contains("<time datetime=\"2021-06-11T13:15:00-03:00\">13:15</time>",
                        "<time datetime=\"2021-06-11T11:15:00-05:00\">11:15</time>",
                        "<script type=\"application/ld+json\">");
    }

    @Test
    void convert_toJsonLd_writesSchemaOrgMarkup() {
        CommandRun run = run("convert", SEMINAR, "--to", "jsonld");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\n  \"@context\": \"https://schema.org\",")
                .contains("\"startDate\": \"2021-06-11T13:00:00-03:00\"");
    }

    @Test
    void convert_toIcs_writesACalendar(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("seminar.ics");
        CommandRun run = run("convert", SEMINAR, "-o", out.toString(), "--to", "ics");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART;TZID=America/Montevideo:20210611T130000");
        CommandRun validate = run("validate", out.toString());
        assertThat(validate.err()).isEmpty();
        assertThat(validate.out()).endsWith(out + ": 0 errors, 1 warning, 0 infos\n")
                .contains("VENUE_MISSING"); // the attendance mode is not kept by the publish profile
        CommandRun back = run("convert", out.toString(), "--to", "json");
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("\"id\": \"gobiernos-locales-en-accion-2021\"");
    }

    @Test
    void convert_toJscalendar_writesAGroup_thatTheFormatReadsBack(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("seminar.jscal.json");
        CommandRun run = run("convert", SEMINAR, "-o", out.toString(), "--to", "jscalendar");
        assertThat(run.code()).as(run.err()).isZero();
        String written = Files.readString(out);
        assertThat(written).startsWith("{\n  \"@type\": \"Group\",")
                .contains("\"uid\": \"gobiernos-locales-en-accion-2021@agendum\"", "\"timeZone\": \"America/Montevideo\"");
        Event read = JsCalendarEventFormat.create().fromJsCalendar(written);
        assertThat(read.id()).isEqualTo("gobiernos-locales-en-accion-2021");
        assertThat(read.agenda().blocks()).extracting(AgendaBlock::id)
                .containsExactly("inauguracion", "panel-1", "panel-2", "cierre");
        CommandRun back = run("convert", out.toString(), "--from", "jscalendar", "--to", "json");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\"id\": \"gobiernos-locales-en-accion-2021\"");
        // Found by its compound extension, .jscal.json, without --from.
        CommandRun byName = run("convert", out.toString(), "--to", "json");
        assertThat(byName.out()).as(byName.err()).isEqualTo(back.out());
    }

    @Test
    void convert_parisToRichIcsAndBack_isTheExampleByteForByte(@TempDir Path folder) throws Exception {
        Path ics = folder.resolve("paris.ics");
        CommandRun rich = run("convert", PARIS, "--to", "ics", "--profile", "rich", "-o", ics.toString());
        assertThat(rich.code()).as(rich.err()).isZero();
        assertThat(Files.readString(ics)).contains("STRUCTURED-DATA;", "BEGIN:PARTICIPANT", "BEGIN:VLOCATION");

        CommandRun back = run("convert", ics.toString(), "--to", "json");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(Path.of(PARIS)));

        CommandRun publish = run("convert", PARIS, "--to", "ics", "--profile", "publish");
        assertThat(publish.code()).isZero();
        assertThat(publish.out()).doesNotContain("STRUCTURED-DATA");
        CommandRun byName = run("convert", PARIS, "--to", "ics", "-O", "profile=rich", "-O", "blocks=false");
        assertThat(byName.code()).as(byName.err()).isZero();
        // The event's entry and its registration deadline's; no block entries.
        assertThat(byName.out()).contains("STRUCTURED-DATA;").containsOnlyOnce("SUMMARY:Last day to register");
        assertThat(byName.out().split("BEGIN:VEVENT")).hasSize(3);
    }

    @Test
    void convert_toIcsInALanguage_writesItsTexts_withTheShorthandOrTheOption() {
        CommandRun run = run("convert", PARIS, "--to", "ics", "--locale", "fr");

        assertThat(run.code()).as(run.err()).isZero();
        String unfolded = run.out().replace("\r\n ", ""); // RFC 5545 §3.1: a line break and a space continue a line
        assertThat(unfolded).contains("SUMMARY:Dernier jour d’inscription\u00a0: Hacia una acción internacional sostenible\r\n",
                "DESCRIPTION:Jeudi 5 juillet 2018 · 09:00–17:00 Europe/Paris\\nLieu\u00a0: Alcaldía de Paris\\, Auditórium\\n");
        assertThat(run("convert", PARIS, "--to", "ics", "-O", "locale=es").out().replace("\r\n ", ""))
                .contains("SUMMARY:Último día de inscripción: Hacia una acción internacional sostenible\r\n");
    }

    @Test
    void convert_toIcsWithAUidDomain_writesUidsInThatDomain() {
        CommandRun run = run("convert", SEMINAR, "--to", "ics", "--uid-domain", "events.example.org");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("UID:gobiernos-locales-en-accion-2021@events.example.org\r\n",
                "UID:gobiernos-locales-en-accion-2021.panel-1@events.example.org\r\n").doesNotContain("@agendum");
    }

    /** Output formats and options that convert refuses, each with the message that says why. */
    static Stream<Arguments> refusedOutputs() {
        return Stream.of(
                refused("no format named 'xml'", PARIS, "--to", "xml"),
                refused("--profile: the json format has no option 'profile'; its options: layout",
                        PARIS, "--to", "json", "--profile", "rich"),
                refused("--profile: option profile takes publish, rich, not 'fancy'",
                        PARIS, "--to", "ics", "--profile", "fancy"),
                refused("-O profile: write NAME=VALUE, e.g. -O profile=rich", PARIS, "--to", "ics", "-O", "profile"),
                refused("--locale: option locale takes en, es, fr, not 'pt'", PARIS, "--to", "ics", "--locale", "pt"),
                refused("--locale: the json format has no option 'locale'", PARIS, "--to", "json", "--locale", "es"),
                refused("--uid-domain: 'not a domain' is not a domain name",
                        SEMINAR, "--to", "ics", "--uid-domain", "not a domain"),
                refused("--uid-domain: the json format has no option 'uid-domain'; its options: layout",
                        SEMINAR, "--to", "json", "--uid-domain", "example.org"));
    }

    /** The case's name (the command with the file's name only), the arguments and the message. */
    private static Arguments refused(String message, String file, String... options) {
        String[] args = Stream.concat(Stream.of("convert", file), Stream.of(options)).toArray(String[]::new);
        return Arguments.of("convert " + Path.of(file).getFileName() + " " + String.join(" ", options), args, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOutputs")
    void convert_refusesAnOutputItCannotWrite_sayingWhy(String command, String[] args, String message) {
        CommandRun run = run(args);

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).contains(message);
    }

    @Test
    void readingAnyBrokenCalendar_exitsTwo_withTheLineAndNoStackTrace(@TempDir Path folder) throws IOException {
        Path nested = folder.resolve("nested.ics");
        Files.writeString(nested, "BEGIN:VCALENDAR\r\n" + "BEGIN:X\r\n".repeat(5_000) + "END:VCALENDAR\r\n");
        Path huge = folder.resolve("huge.ics");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nX-A:".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[17 * 1024 * 1024]);
        }
        Path secondly = folder.resolve("secondly.ics");
        Files.writeString(secondly, "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Nowhere\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19700101T000000\r\nRRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
                + "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Nowhere:20210611T130000\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n");

        for (Path bad : List.of(nested, huge, secondly)) {
            CommandRun run = run("validate", bad.toString());
            assertThat(run.code()).as(bad.toString()).isEqualTo(Agendum.UNREADABLE);
            assertThat(run.err()).as(bad.toString()).startsWith("agendum: " + bad + ": ").contains("(at line ")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void generateCompletion_printsABashCompletionScriptForEveryCommand() {
        CommandRun run = run("generate-completion");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -F _complete_agendum", "validate", "convert", "show", "--locale");
    }

    @Test
    void helpAndVersion_andUsageErrors() {
        assertThat(run("--version").out()).isEqualTo("agendum 0.1.0-SNAPSHOT\n");
        assertThat(run("--help").out()).contains("validate", "convert", "show", "schema", "formats");
        for (String command : new String[] {"validate", "convert", "show", "schema", "formats"}) {
            CommandRun help = run(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: agendum " + command);
        }
        assertThat(run().code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run("validate").code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run("convert", PARIS).err()).contains("--to");
    }
}
