package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Room;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the format ({@link JsonEventFormat#schema()}) against the writer and the
 * reader: everything the writer writes validates, what the reader refuses for a reason a schema
 * can state is refused by the schema too, and the schema itself is valid draft 2020-12.
 *
 * <p>The validator is given only the meta-schemas bundled in its jar and may load nothing else,
 * so the test never touches the network.
 */
class JsonSchemaTest {

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final String SCHEMA_ID = "https://agendum.org/schema/event/1.json";
    private static final Path SCHEMA_SOURCE = Path.of("src", "main", "resources", "org", "agendum", "json",
            "agendum-event.schema.json");
    private static final Path EXAMPLES = Path.of("..", "examples");

    /**
     * Draft 2020-12 by default; knows the event schema by its id, loads the 2020-12 meta-schemas
     * bundled in the validator's jar, and refuses any other address.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry
                    .schemas(Map.of(SCHEMA_ID, JsonEventFormat.schema()))
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .allow(iri -> iri.toString().equals(SCHEMA_ID)
                                    || iri.toString().startsWith("https://json-schema.org/draft/2020-12/"))));

    static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID));

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonEventFormat JSON = JsonEventFormat.create();

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate TUESDAY = LocalDate.of(2024, 3, 5);

    // ---------------------------------------------------------------- the schema itself

    @Test
    void schema_isTheResourceShippedInThePackageOfTheFormat() throws IOException {
        String schema = JsonEventFormat.schema();

        assertThat(schema).isEqualTo(Files.readString(SCHEMA_SOURCE, StandardCharsets.UTF_8));
        JsonNode root = MAPPER.readTree(schema);
        assertThat(root.get("$schema").stringValue()).isEqualTo(META_SCHEMA);
        assertThat(root.get("$id").stringValue()).isEqualTo(SCHEMA_ID);
        assertThat(root.at("/properties/formatVersion/const").intValue()).isEqualTo(1);
    }

    @Test
    void schema_isValidAgainstTheDraft202012MetaSchema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));

        assertThat(meta.validate(JsonEventFormat.schema(), InputFormat.JSON)).isEmpty();
        assertThat(meta.validate("{\"type\": \"event\", \"required\": \"id\"}", InputFormat.JSON))
                .as("the meta-schema does check").isNotEmpty();
    }

    @Test
    void validator_fetchesNothingFromTheNetwork() {
        assertThatThrownBy(() -> REGISTRY.getSchema(SchemaLocation.of("https://example.org/event.schema.json")))
                .isInstanceOf(InvalidSchemaException.class);
    }

    /** Each enum's spellings, written out: the format's contract, not the Java names. */
    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("eventKind", EventKind.class,
                        List.of("seminar", "conference", "meeting", "workshop", "webinar", "forum", "other")),
                Arguments.of("eventStatus", EventStatus.class, List.of("scheduled", "provisional", "postponed", "rescheduled", "cancelled")),
                Arguments.of("attendanceMode", AttendanceMode.class, List.of("in-person", "online", "mixed")),
                Arguments.of("agendaStatus", AgendaStatus.class, List.of("confirmed", "provisional")),
                Arguments.of("blockStatus", BlockStatus.class,
                        List.of("scheduled", "provisional", "postponed", "rescheduled", "cancelled")),
                Arguments.of("blockKind", BlockKind.class, List.of("registration", "opening", "introduction", "keynote",
                        "panel", "talk", "workshop", "discussion", "questions-and-answers", "break", "meal", "networking",
                        "closing", "other")),
                Arguments.of("moderatorRole", ModeratorRole.class, List.of("moderator", "facilitator", "chair")),
                Arguments.of("participantRole", ParticipantRole.class, List.of("speaker", "panelist", "presenter",
                        "keynote-speaker", "discussant", "host", "other")),
                Arguments.of("transitMode", TransitMode.class, List.of("metro", "tram", "bus", "train", "ferry", "other")),
                Arguments.of("deadlineKind", Deadline.Kind.class, List.of("at", "before", "until")),
                Arguments.of("linkKind", LinkKind.class, List.of("slides", "video", "recording", "feedback", "other")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void enumDefinition_listsTheFormatsSpellings_oneForEachConstantOfTheJavaEnum(String definition,
            Class<? extends Enum<?>> type, List<String> spellings) {
        List<String> names = new ArrayList<>();
        MAPPER.readTree(JsonEventFormat.schema()).at("/$defs/" + definition + "/enum").forEach(n -> names.add(n.stringValue()));

        assertThat(names).containsExactlyElementsOf(spellings);
        assertThat(type.getEnumConstants()).hasSize(spellings.size());
    }

    @Test
    void everyPropertyOfTheSchema_isWrittenByTheEdgeEvents_andNoOther() {
        Set<String> declared = new TreeSet<>();
        collectDeclaredProperties(MAPPER.readTree(JsonEventFormat.schema()), declared);
        Set<String> written = new TreeSet<>();
        for (Arguments edge : edgeEvents().collect(Collectors.toList())) {
            collectWrittenProperties(MAPPER.readTree(JSON.toBytes((Event) edge.get()[1])), written);
        }

        assertThat(written).isEqualTo(declared);
    }

    // ---------------------------------------------------------------- definitions against java.time and the model

    @Test
    void idDefinition_agreesWithTheModel_onEveryCharacterOfTheBasicPlane() {
        Schema id = definition("id");
        assertAgreesWithTheModelOnTheBasicPlane(id, "id with U+%04X", c -> "a" + c + "b",
                candidate -> Organization.of(candidate, "name"));
        assertThat(id.validate(string(""))).isNotEmpty();
    }

    @Test
    void textDefinition_agreesWithTheModel_onEveryCharacterOfTheBasicPlane() {
        Schema text = definition("text");
        assertAgreesWithTheModelOnTheBasicPlane(text, "text of U+%04X", c -> " " + c + "\t",
                candidate -> Organization.of("id", candidate));
        assertThat(text.validate(string(""))).isNotEmpty();
        assertThat(text.validate(string("\uD83D\uDE00"))).isEmpty();
    }

    @Test
    void zoneIdDefinition_matchesEveryZoneJavaTimeKnows() {
        Schema zone = definition("zoneId");
        List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
        ids.addAll(List.of("Z", "+05:30", "-03:00", "+14:00", "-18:00", "+01:02:03", "UTC", "GMT", "UT", "UTC+03:00",
                "GMT-01:30", "UT+05:00:30", ZoneOffset.MIN.getId(), ZoneOffset.MAX.getId()));
        for (String id : ids) {
            assertThat(zone.validate(string(ZoneId.of(id).getId()))).as(id).isEmpty();
        }
        for (String id : List.of("", "A", "America/", "/Paris", "America//Lima", "+25:00:00:00", "Europe Paris", "3")) {
            assertThat(zone.validate(string(id))).as(id).isNotEmpty();
        }
    }

    @Test
    void uriDefinition_matchesAbsoluteUris_andWhatItAcceptsJavaNetParses() throws Exception {
        Schema uri = definition("uri");
        for (String u : List.of("https://forms.gle/t8GEM2KjH9gYQxtU6", "mailto:info@example.org", "urn:isbn:0451450523",
                "https://[2001:db8::1]:8443/a?b=c&d=%C3%A9#f", "https://example.org/caf\u00e9", "tel:+33-1-53-41-81-92",
                "http://example.org/~user/a+b.c-d_e!$&'()*,;=:@")) {
            assertThat(uri.validate(string(new URI(u).toString()))).as(u).isEmpty();
            assertThat(new URI(u).isAbsolute()).isTrue();
        }
        for (String u : List.of("", "forms.gle/t8GEM2KjH9gYQxtU6", "/relative", "//example.org", "https:", "1http://x",
                "https://example.org/a b", "https://example.org/%zz", "https://example.org/<tag>", "https://example.org/\u00a0")) {
            assertThat(uri.validate(string(u))).as(u).isNotEmpty();
        }
    }

    @Test
    void languageTagDefinition_matchesEveryLocaleJavaKnows() {
        Schema tag = definition("languageTag");
        for (Locale locale : Locale.getAvailableLocales()) {
            assertThat(tag.validate(string(locale.toLanguageTag()))).as(locale.toLanguageTag()).isEmpty();
        }
        for (String t : List.of("", "es_UY", "es-", "-es", "123", "toolongtag", "es--UY", "es UY")) {
            assertThat(tag.validate(string(t))).as(t).isNotEmpty();
        }
    }

    @Test
    void dateAndTimeDefinitions_matchWhatJavaTimeWritesForFourDigitYears_andWhatTheyAcceptJavaTimeParses() {
        Schema date = definition("localDate");
        Schema time = definition("localTime");
        Schema dateTime = definition("localDateTime");
        for (LocalDateTime t : List.of(LocalDateTime.of(2021, 6, 11, 13, 0), LocalDateTime.of(1, 1, 1, 0, 0, 1),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 1_000),
                LocalDateTime.of(999, 12, 31, 0, 0, 0, 100_000_000), LocalDateTime.of(1, 1, 1, 12, 30, 0, 1))) {
            assertThat(dateTime.validate(string(t.toString()))).as(t.toString()).isEmpty();
            assertThat(date.validate(string(t.toLocalDate().toString()))).as(t.toLocalDate().toString()).isEmpty();
            assertThat(time.validate(string(t.toLocalTime().toString()))).as(t.toLocalTime().toString()).isEmpty();
        }
        for (String t : List.of("2021-06-11T13:00", "2021-06-11T13:00:59", "2021-06-11T13:00:59.5",
                "2021-06-11T23:59:59.123456789", "0001-01-01T00:00", "9999-12-31T23:59:59.999")) {
            assertThat(dateTime.validate(string(t))).as(t).isEmpty();
            assertThat(LocalDateTime.parse(t)).isNotNull();
        }
        for (String t : List.of("2021-06-11", "2021-6-11T13:00", "2021-06-11 13:00", "2021-06-11T13:00Z",
                "2021-06-11T13:00-03:00", "2021-06-11T24:00", "2021-13-01T00:00", "2021-06-32T00:00", "21-06-11T13:00",
                "2021-06-11T13:00:00.1234567890", "2021-06-11T13:00:60", "+2021-06-11T13:00", "2021-06-11T13:00\n",
                "+10000-01-01T00:00", "-0001-12-31T00:00")) {
            assertThat(dateTime.validate(string(t))).as(t).isNotEmpty();
        }
        for (String t : List.of("2021-06-11T13:00", "2021-02-30", "2100-02-29", "0000-01-01", "2021-06-11Z", "10000-01-01",
                "+10000-01-01")) {
            assertThat(date.validate(string(t))).as(t).hasSize(1);
        }
        for (String t : List.of("9:30", "09:30Z", "09:30+01:00", "24:00", "09:60", "09:30:00,5")) {
            assertThat(time.validate(string(t))).as(t).isNotEmpty();
        }
    }

    @Test
    void durationDefinition_matchesWhatJavaTimeWrites_andWhatItAcceptsJavaTimeParses() {
        Schema duration = definition("duration");
        for (Duration d : List.of(Duration.ofNanos(1), Duration.ofMillis(1500), Duration.ofSeconds(59),
                Duration.ofMinutes(15), Duration.ofMinutes(90), Duration.ofHours(24), Duration.ofDays(400),
                Duration.ofSeconds(3661, 999_999_999), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))) {
            assertThat(duration.validate(string(d.toString()))).as(d.toString()).isEmpty();
        }
        for (String d : List.of("PT1H30M", "P1D", "P2DT3H", "PT0.5S", "P0DT0.000000001S", "PT1M0.000000001S")) {
            assertThat(duration.validate(string(d))).as(d).isEmpty();
            assertThat(Duration.parse(d)).isNotNull();
        }
        for (String d : List.of("", "P", "PT", "P1DT", "PT1H2", "1:30", "PT1.5H", "P1W", "P1M", "P1Y", "-PT1H", "PT-1H",
                "pt1h", "PT1,5S", "PT1.S", "PT1.1234567891S", "P1.5D", "PT1S1M", "P0D", "PT0S", "P00DT000H0M0.000000000S")) {
            assertThat(duration.validate(string(d))).as(d).isNotEmpty();
        }
    }

    // ---------------------------------------------------------------- documents that validate

    static Stream<Arguments> seeds() {
        return Stream.concat(SeedEvents.all().stream(), ExampleEvents.all().stream()).map(e -> Arguments.of(e.id(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedEvent_asWritten_validates(String id, Event seed) {
        assertValid(JSON.toJson(seed));
        assertValid(JSON.withLayout(JsonEventFormat.Layout.COMPACT).toJson(seed));
    }

    static Stream<Path> goldenFiles() throws IOException {
        return jsonFiles(JsonGoldenTest.GOLDEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFile_validates(Path file) throws IOException {
        assertValid(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Stream<Path> exampleFiles() throws IOException {
        return jsonFiles(EXAMPLES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleFile_validates(Path file) throws IOException {
        assertValid(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void goldenAndExampleFiles_areThere() throws IOException {
        assertThat(goldenFiles()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(exampleFiles()).hasSizeGreaterThanOrEqualTo(2);
    }

    static Stream<Arguments> edgeEvents() {
        List<Arguments> events = new ArrayList<>();
        events.add(Arguments.of("every field", everyField()));
        events.add(Arguments.of("only what is required", minimal()));
        events.add(Arguments.of("online, link sent after registration", onlineOnly()));
        events.add(Arguments.of("fractions of seconds, offsets, far years", precise()));
        events.add(Arguments.of("slots that end on the following day", acrossMidnight()));
        events.add(Arguments.of("hybrid sessions in two languages", LanguageEvents.nairobiForum()));
        EventKind[] kinds = EventKind.values();
        EventStatus[] statuses = EventStatus.values();
        AttendanceMode[] modes = AttendanceMode.values();
        for (int i = 0; i < kinds.length; i++) {
            EventStatus status = statuses[i % statuses.length];
            AttendanceMode mode = modes[i % modes.length];
            events.add(Arguments.of(kinds[i] + ", " + status + ", " + mode,
                    minimal().withKind(kinds[i]).withStatus(status).withAttendanceMode(mode)));
        }
        return events.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeEvents")
    void edgeEvent_asWritten_validates_andReadsBack(String name, Event event) throws EventFormatException {
        String json = JSON.toJson(event);

        assertValid(json);
        assertValid(JSON.withLayout(JsonEventFormat.Layout.COMPACT).toJson(event));
        assertThat(JSON.fromJson(json)).isEqualTo(event);
    }

    /** Seeded random events of every size, over several days and in many zones (see {@link RandomEvents}). */
    static Stream<RandomEvents> randomEvents() {
        return Stream.concat(RandomEvents.seeded(2_018L).smallestFirst(),
                Stream.of(RandomEvents.seeded(2_021L).withDays(3).withBlocks(40).withParties(15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomEvents")
    void randomEvent_asWritten_validates(RandomEvents generator) {
        for (long i = 0; i < 25; i++) {
            String json = JSON.toJson(generator.event(i));
            assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("%s #%d", generator, i).isEmpty();
        }
    }

    static Stream<Arguments> nonCanonical() {
        return Stream.of(
                Arguments.of("empty arrays", (Consumer<ObjectNode>) root -> {
                    root.putArray("partners");
                    root.putArray("links");
                    ((ObjectNode) root.at("/agenda/blocks/3")).putArray("notes");
                }),
                Arguments.of("defaults left out", (Consumer<ObjectNode>) root -> {
                    root.remove("status");
                    ((ObjectNode) root.at("/agenda")).remove("status");
                }),
                Arguments.of("zero seconds written", (Consumer<ObjectNode>) root -> {
                    root.put("start", "2021-06-11T13:00:00");
                    root.put("end", "2021-06-11T14:30:00.000");
                }),
                Arguments.of("parties in another order", (Consumer<ObjectNode>) root -> {
                    List<JsonNode> parties = new ArrayList<>();
                    root.get("parties").forEach(parties::add);
                    ArrayNode reversed = root.putArray("parties");
                    for (int i = parties.size() - 1; i >= 0; i--) {
                        reversed.add(parties.get(i));
                    }
                }),
                Arguments.of("fields in another order", (Consumer<ObjectNode>) root -> {
                    JsonNode agenda = root.remove("agenda");
                    JsonNode version = root.remove("formatVersion");
                    root.set("formatVersion", version);
                    ObjectNode reordered = root.deepCopy();
                    root.removeAll();
                    root.set("agenda", agenda);
                    root.setAll(reordered);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonCanonical")
    void nonCanonicalDocument_validates_andReadsToTheSameEvent(String name, Consumer<ObjectNode> change)
            throws EventFormatException {
        String json = changed(change);

        assertValid(json);
        assertThat(JSON.fromJson(json)).isEqualTo(SeedEvents.gobiernosLocales2021());
    }

    @Test
    void durationInDays_validates_andIsWrittenBackInHours() throws EventFormatException {
        String json = changed(root -> root.put("maximumDuration", "P1D"));

        assertValid(json);
        assertThat(JSON.fromJson(json).maximumDuration()).hasValue(Duration.ofHours(24));
        assertThat(JSON.toJson(JSON.fromJson(json))).contains("\"maximumDuration\": \"PT24H\"");
    }

    // ---------------------------------------------------------------- documents that do not

    static Stream<Arguments> invalid() {
        return Stream.of(
                invalid("unknown field at the root", "/colour", root -> root.put("colour", "red")),
                invalid("unknown field in a block", "/agenda/blocks/1/speaker",
                        root -> object(root, "/agenda/blocks/1").put("speaker", "ana-laura-perez")),
                invalid("enum value in capitals", "/kind", root -> root.put("kind", "Seminar")),
                invalid("enum value with an underscore", "/agenda/blocks/1/children/0/kind",
                        root -> object(root, "/agenda/blocks/1/children/0").put("kind", "questions_and_answers")),
                invalid("participant role of a moderator", "/agenda/blocks/1/moderators/0/role",
                        root -> object(root, "/agenda/blocks/1/moderators/0").put("role", "speaker")),
                invalid("missing title", "", root -> root.remove("title")),
                invalid("missing agenda", "", root -> root.remove("agenda")),
                invalid("missing name of a party", "/parties/0", root -> object(root, "/parties/0").remove("name")),
                invalid("format version 2", "/formatVersion", root -> root.put("formatVersion", 2)),
                invalid("format version as a string", "/formatVersion", root -> root.put("formatVersion", "1")),
                invalid("format version missing", "", root -> root.remove("formatVersion")),
                invalid("top-level block without timing", "/agenda/blocks/0/timing",
                        root -> object(root, "/agenda/blocks/0").remove("timing")),
                invalid("timing with a duration and a start", "/agenda/blocks/0/timing/start",
                        root -> object(root, "/agenda/blocks/0/timing").put("start", "13:00")),
                invalid("slot without an end", "/agenda/blocks/0/timing", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "13:00");
                }),
                invalid("slot at 24:30", "/agenda/blocks/0/timing/end", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "23:00");
                    timing.put("end", "24:30");
                }),
                invalid("slot at 24:00 that does not end on the following day", "/agenda/blocks/0/timing", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "23:00").put("end", "24:00").put("endsNextDay", false);
                }),
                invalid("endsNextDay as a string", "/agenda/blocks/0/timing/endsNextDay", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "23:00").put("end", "01:00").put("endsNextDay", "true");
                }),
                invalid("slot starting at 24:00", "/agenda/blocks/0/timing/start", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "24:00").put("end", "01:00").put("endsNextDay", true);
                }),
                invalid("capacity of no seats", "/registration/capacity",
                        root -> object(root, "/registration").put("capacity", 0)),
                invalid("capacity in words", "/registration/capacity",
                        root -> object(root, "/registration").put("capacity", "unlimited")),
                invalid("id with a space", "/id", root -> root.put("id", "gobiernos locales")),
                invalid("empty id", "/agenda/blocks/2/id", root -> object(root, "/agenda/blocks/2").put("id", "")),
                invalid("blank title", "/title", root -> root.put("title", " \t ")),
                invalid("country in lower case", "/parties/1/country",
                        root -> object(root, "/parties/1").put("country", "mx")),
                invalid("latitude beyond the pole", "/venue/geo/latitude", root -> {
                    ObjectNode geo = root.putObject("venue").put("name", "Sala").putObject("geo");
                    geo.put("latitude", 90.5);
                    geo.put("longitude", -56.2);
                }),
                invalid("relative URL", "/registration/url",
                        root -> object(root, "/registration").put("url", "forms.gle/t8GEM2KjH9gYQxtU6")),
                invalid("deadline before a date-time", "/registration/deadline/dateTime",
                        root -> object(root, "/registration/deadline").put("dateTime", "2021-06-09T00:00")),
                invalid("deadline at a date", "/registration/deadline/date",
                        root -> object(root, "/registration/deadline").put("kind", "at")),
                invalid("deadline without a zone", "/registration/deadline",
                        root -> object(root, "/registration/deadline").remove("zone")),
                invalid("start with an offset", "/start", root -> root.put("start", "2021-06-11T13:00-03:00")),
                invalid("start without minutes", "/start", root -> root.put("start", "2021-06-11T13")),
                invalid("duration as a clock time", "/maximumDuration", root -> root.put("maximumDuration", "1:30")),
                invalid("null instead of a text", "/subtitle", root -> root.putNull("subtitle")),
                invalid("number instead of a reference", "/organizers/0",
                        root -> ((ArrayNode) root.get("organizers")).set(0, node("5"))),
                invalid("party of an unknown type", "/parties/0/type",
                        root -> object(root, "/parties/0").put("type", "group")),
                invalid("person with an acronym", "/parties/3/acronym",
                        root -> object(root, "/parties/3").put("acronym", "ALP")),
                invalid("empty position", "/parties/3/positions/0",
                        root -> ((ArrayNode) root.at("/parties/3/positions")).set(0, MAPPER.createObjectNode())),
                invalid("empty online location", "/onlineLocation",
                        root -> root.putObject("onlineLocation").put("linkSentAfterRegistration", false)),
                invalid("empty address", "/parties/0/address", root -> object(root, "/parties/0").putObject("address")),
                invalid("language with an underscore", "/languages/0",
                        root -> ((ArrayNode) root.get("languages")).set(0, node("\"es_UY\""))),
                invalid("30 February", "/registration/deadline/date",
                        root -> object(root, "/registration/deadline").put("date", "2021-02-30")),
                invalid("zero duration", "/agenda/blocks/0/timing/duration",
                        root -> object(root, "/agenda/blocks/0/timing").put("duration", "PT0S")),
                invalid("country code not assigned", "/parties/1/country",
                        root -> object(root, "/parties/1").put("country", "XX")),
                invalid("29 February of a century not divisible by 400", "/agenda/blocks/0/timing/date", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("date", "2100-02-29").put("start", "13:00").put("end", "14:00");
                }),
                invalid("year 0", "/start", root -> root.put("start", "0000-06-11T13:00")),
                invalid("offset with a one-digit hour and minutes", "/zone", root -> root.put("zone", "+3:00")),
                invalid("offset of 60 minutes", "/registration/deadline/zone",
                        root -> object(root, "/registration/deadline").put("zone", "+05:60")),
                invalid("offset beyond 18 hours", "/zone", root -> root.put("zone", "UTC+18:30")),
                invalid("one-letter language", "/languages/0",
                        root -> ((ArrayNode) root.get("languages")).set(0, node("\"a\""))),
                invalid("private use without a subtag", "/languages/0",
                        root -> ((ArrayNode) root.get("languages")).set(0, node("\"en-x\""))),
                invalid("URI with an empty authority and nothing after it", "/registration/url",
                        root -> object(root, "/registration").put("url", "https://")),
                invalid("URI with nothing between scheme and fragment", "/registration/url",
                        root -> object(root, "/registration").put("url", "a:#f")),
                invalid("URI with a second fragment", "/registration/url",
                        root -> object(root, "/registration").put("url", "https://example.org/#a#b")),
                invalid("URI with a bracket in its path", "/registration/url",
                        root -> object(root, "/registration").put("url", "https://example.org/a[1]")),
                invalid("a string instead of a list", "/topics", root -> root.put("topics", "Turismo")));
    }

    private static Arguments invalid(String name, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(name, pointer, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidDocument_failsTheSchema_andTheReader(String name, String pointer, Consumer<ObjectNode> change) {
        String json = changed(change);

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors").isNotEmpty();
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(json));
        assertThat(e).as("reader error").isNotNull();
        assertNamesPlace(e, pointer);
    }

    /** What a JSON Schema cannot state: references, uniqueness, known zones, order of times, numbers written as 1.0. */
    static Stream<Arguments> validButRefused() {
        String nextParty = "/parties/" + SeedEvents.gobiernosLocales2021().parties().size();
        return Stream.of(
                invalid("reference to no party", "/organizers/0",
                        root -> ((ArrayNode) root.get("organizers")).set(0, node("\"nobody\""))),
                invalid("party nothing refers to", nextParty, root -> ((ArrayNode) root.get("parties"))
                        .addObject().put("id", "extra").put("type", "person").put("name", "Extra")),
                invalid("party id defined twice", nextParty + "/id", root -> ((ArrayNode) root.get("parties"))
                        .addObject().put("id", "sre").put("type", "organization").put("name", "SRE")),
                invalid("person where an organization is needed", "/parties/1/parent",
                        root -> object(root, "/parties/1").put("parent", "ana-laura-perez")),
                invalid("block id used twice", "/agenda/blocks/1/id",
                        root -> object(root, "/agenda/blocks/1").put("id", "inauguracion")),
                invalid("display zone twice", "/displayZones/1",
                        root -> object(root, "/displayZones/1").put("zone", "America/Montevideo")),
                invalid("unknown zone", "/zone", root -> root.put("zone", "America/Atlantis")),
                invalid("end before the start", "/end", root -> root.put("end", "2021-06-11T12:00")),
                invalid("slot ending before it starts", "/agenda/blocks/0/timing/end", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "13:00");
                    timing.put("end", "12:00");
                }),
                invalid("slot across midnight without endsNextDay", "/agenda/blocks/0/timing/end", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "19:30").put("end", "00:30");
                }),
                invalid("slot to the next day ending after its start", "/agenda/blocks/0/timing/end", root -> {
                    ObjectNode timing = object(root, "/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "19:30").put("end", "20:30").put("endsNextDay", true);
                }),
                invalid("display zone twice, spelt otherwise", "/displayZones/1", root -> {
                    object(root, "/displayZones/0").put("zone", "Z");
                    object(root, "/displayZones/1").put("zone", "+00:00");
                }),
                invalid("duration too long for java.time", "/maximumDuration",
                        root -> root.put("maximumDuration", "PT99999999999999999999H")),
                invalid("maximum duration past the year 9999", "/maximumDuration", root -> {
                    root.remove("end");
                    root.put("start", "9999-12-31T13:00").put("maximumDuration", "P1D");
                }),
                invalid("format version as a decimal", "/formatVersion", root -> root.put("formatVersion", 1.0)),
                invalid("seats as a decimal", "/registration/capacity",
                        root -> object(root, "/registration").put("capacity", 25.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validButRefused")
    void documentTheSchemaCannotJudge_isRefusedByTheReader(String name, String pointer, Consumer<ObjectNode> change) {
        String json = changed(change);

        assertValid(json);
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(json));
        assertThat(e).as("reader error").isNotNull();
        assertNamesPlace(e, pointer);
    }

    /**
     * Spellings the reader accepts through {@code java.time}'s lenient parsers but the writer never
     * writes and the schema refuses: a producer that follows the schema is read by every version of
     * the reader. Reading them is a known leniency of the reader, not part of the format.
     */
    static Stream<Arguments> lenientSpellings() {
        return Stream.of(
                Arguments.of("duration in lower case", (Consumer<ObjectNode>) root ->
                        object(root, "/agenda/blocks/0/timing").put("duration", "pt15m")),
                Arguments.of("duration with two minus signs", (Consumer<ObjectNode>) root ->
                        object(root, "/agenda/blocks/0/timing").put("duration", "-PT-15M")),
                Arguments.of("duration with a decimal comma", (Consumer<ObjectNode>) root ->
                        object(root, "/agenda/blocks/0/timing").put("duration", "PT900,0S")),
                Arguments.of("date-time with a lower-case t", (Consumer<ObjectNode>) root ->
                        root.put("start", "2021-06-11t13:00")),
                Arguments.of("date-time with an empty fraction", (Consumer<ObjectNode>) root ->
                        root.put("start", "2021-06-11T13:00:00.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientSpellings")
    void lenientSpelling_isRefusedByTheSchema_andByTheReader(String name, Consumer<ObjectNode> change) {
        String json = changed(change);

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors").isNotEmpty();
        assertThatThrownBy(() -> JSON.fromJson(json)).isInstanceOf(EventFormatException.class);
    }

    // ---------------------------------------------------------------- edge events

    /** Every field of every object, every kind of block, role and transit mode, all three kinds of deadline. */
    static Event everyField() {
        Organization un = Organization.builder()
                .id("onu")
                .name("Organización de las Naciones Unidas")
                .acronym("ONU")
                .address(PostalAddress.builder()
                        .street("405 East 42nd Street")
                        .postalCode("10017")
                        .locality("New York")
                        .region("NY")
                        .country("US")
                        .build())
                .email("info@un.org")
                .phone("+1 212 963 1234")
                .url(URI.create("https://www.un.org/es/"))
                .city("New York")
                .country("US")
                .build();
        Organization habitat = Organization.builder().id("onu-habitat").name("ONU-Hábitat").parent(un).build();
        Person ana = Person.builder()
                .id("ana")
                .honorific("Dra.")
                .name("Ana Núñez")
                .addPosition(Position.of("Oficial de programas", habitat))
                .addPosition(Position.of("Profesora invitada"))
                .addPosition(Position.at(un))
                .email("ana@example.org")
                .phone("+598 2 000 0000")
                .url(URI.create("https://example.org/~ana"))
                .city("Montevideo")
                .country("UY")
                .build();
        Person bo = Person.of("bo", "Bo Ek");
        Person chair = Person.of("chair", "Carmen Díaz");
        Organization host = Organization.of("ciudad", "Intendencia");

        List<Participant> everyRole = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            Person person = Person.of("p-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), "P " + role);
            everyRole.add(Participant.of(person, role).withLabel(role == ParticipantRole.HOST
                    ? java.util.Optional.of("anfitriona") : java.util.Optional.empty()));
        }
        List<Moderator> everyModerator = List.of(
                Moderator.of(chair, ModeratorRole.CHAIR).withLabel("Preside"),
                Moderator.of(bo, ModeratorRole.MODERATOR),
                Moderator.of(ana, ModeratorRole.FACILITATOR).withLabel("Facilitadora"));

        AgendaBlock grandchild = AgendaBlock.builder().id("conclusiones").kind(BlockKind.DISCUSSION).title("Conclusiones")
                .build();
        AgendaBlock workshop = AgendaBlock.builder()
                .id("taller")
                .kind(BlockKind.WORKSHOP)
                .label("Taller A")
                .title("Taller de cooperación descentralizada")
                .subtitle("del diagnóstico al proyecto")
                .objective("Diseñar un proyecto conjunto.")
                .description("Trabajo en grupos.\n\nPuesta en común.")
                .addTopics("¿Qué financiar?", "¿Con quién?")
                .addMethodology("Grupos de cinco.", "Puesta en común.")
                .addLanguages("es", "pt-BR")
                .timing(Timing.slot(MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 30)))
                .status(BlockStatus.RESCHEDULED)
                .statusNote("Pasa a la tarde, misma sala")
                .previousStart(LocalDateTime.of(MONDAY, LocalTime.of(10, 0)))
                .registration(Registration.builder().required(true).capacity(Capacity.ofSeats(25))
                        .url(URI.create("https://example.org/taller"))
                        .deadline(Deadline.at(LocalDateTime.of(MONDAY, LocalTime.of(12, 0)), MONTEVIDEO)
                                .withSubject("Inscripción al taller").withBlockId("taller"))
                        .notes("Cupo de 25 personas").build())
                .addAllModerators(everyModerator)
                .addAllParticipants(everyRole)
                .room("sala-2")
                .addOverflowRoom("anexo")
                .track("cooperacion")
                .addNotes("Cupos limitados", "Traer computadora")
                .addAllLinks(everyLinkKind())
                // Every other Monday, three times, without the second.
                .recurrence(Recurrence.builder().frequency(Recurrence.Frequency.WEEKLY).interval(2).count(3)
                        .addExcludedDates(MONDAY.plusWeeks(2)).build())
                .addChild(AgendaBlock.builder().id("preguntas").kind(BlockKind.QUESTIONS_AND_ANSWERS)
                        .title("Preguntas").timing(Timing.minutes(15)).build())
                .addChild(AgendaBlock.builder().id("plenario").kind(BlockKind.DISCUSSION).title("Plenario")
                        .timing(Timing.slot(LocalTime.of(16, 0), LocalTime.of(17, 0))).addChild(grandchild).build())
                .build();

        Agenda.Builder agenda = Agenda.builder().status(AgendaStatus.PROVISIONAL).title("Programa provisorio");
        for (BlockKind kind : BlockKind.values()) {
            if (kind == BlockKind.WORKSHOP) {
                agenda.addBlock(workshop);
                continue;
            }
            // Seven blocks a day, half an hour each from 9:00: a programme over two days.
            LocalDate day = kind.ordinal() < 7 ? MONDAY : TUESDAY;
            LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * (kind.ordinal() % 7));
            AgendaBlock.Builder block = AgendaBlock.builder()
                    .id("b-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .kind(kind)
                    .title("Bloque " + kind);
            if (kind == BlockKind.KEYNOTE) {
                block.timing(Timing.duration(Duration.ofMinutes(45)))
                        .addParticipant(Participant.of(ana, ParticipantRole.KEYNOTE_SPEAKER));
            } else {
                block.timing(Timing.slot(day, time, time.plusMinutes(30)));
            }
            if (kind == BlockKind.CLOSING) {
                block.addParticipant(Participant.of(host, ParticipantRole.HOST));
            }
            if (kind == BlockKind.MEAL) {
                block.venue(Venue.builder().name("Restaurante El Fogón").build());
            }
            agenda.addBlock(block.build());
        }

        List<TransitAccess> transit = new ArrayList<>();
        for (TransitMode mode : TransitMode.values()) {
            transit.add(mode == TransitMode.OTHER ? TransitAccess.of(mode, "Bicicletas públicas")
                    : TransitAccess.of(mode, "Estación " + mode, "1", "D"));
        }

        return Event.builder()
                .id("encuentro-2024")
                .kind(EventKind.CONFERENCE)
                .title("Encuentro de ciudades")
                .subtitle("dos días, dos continentes")
                .description("Primer párrafo.\n\nSegundo párrafo, con “comillas” y \\ barra.")
                .addTopics("Turismo", "Movilidad")
                .addAudiences("Gobiernos locales")
                .addObjectives("Intercambiar experiencias")
                .addFrameworks("Agenda 2030")
                .addMethodology("Paneles y talleres.")
                .addLanguages("es", "pt-BR")
                .status(EventStatus.RESCHEDULED)
                .statusNote("Reprogramado por las elecciones municipales")
                .attendanceMode(AttendanceMode.MIXED)
                .revision(4)
                .zone(MONTEVIDEO)
                .start(LocalDateTime.of(MONDAY, LocalTime.of(9, 0)))
                .previousStart(LocalDateTime.of(MONDAY.minusWeeks(1), LocalTime.of(9, 0)))
                .end(LocalDateTime.of(TUESDAY, LocalTime.of(18, 0)))
                .maximumDuration(Duration.ofHours(33))
                .addDisplayZones(DisplayZone.of(MONTEVIDEO, "Uruguay"), DisplayZone.of(ZoneId.of("Europe/Madrid"), "España"))
                .addOrganizers(un, host)
                .addPartners(habitat)
                .addContacts(Contact.of(ana).withRole("Prensa"), Contact.of(bo))
                .venue(Venue.builder()
                        .name("Palacio Municipal")
                        .room("Sala Azul")
                        .address(PostalAddress.builder().street("Av. 18 de Julio 1360").locality("Montevideo")
                                .country("UY").build())
                        .entrance(PostalAddress.builder().street("Soriano 1375").build())
                        .geo(GeoPoint.of(-34.9058, -56.1856))
                        .addAllTransit(transit)
                        .url(URI.create("https://montevideo.gub.uy/"))
                        .build())
                .addRooms(Room.builder().id("sala-2").name("Sala 2").capacity(40).floor("Primer piso")
                                .accessibility("Rampa de acceso por Soriano").build(),
                        Room.builder().id("anexo").name("Anexo").venue(Venue.builder().name("Edificio anexo").build()).build())
                .addTracks(Track.builder().id("cooperacion").name("Cooperación").color("#2CA02C")
                        .description("Cooperación descentralizada").build())
                .onlineLocation(OnlineLocation.builder()
                        .url(URI.create("https://meet.example.org/encuentro"))
                        .platform("Jitsi")
                        .linkSentAfterRegistration(true)
                        .meetingId("812 3456 7890")
                        .passcode("encuentro2021")
                        .addDialIns(DialIn.builder().number("+598 2 123 4567").pin("812 3456 7890#").label("Uruguay").build(),
                                DialIn.of("+52 55 1234 5678"))
                        .build())
                .registration(Registration.builder()
                        .required(true)
                        .url(URI.create("https://example.org/inscripcion?evento=2024&lang=es#form"))
                        .capacity(Capacity.ofSeats(120))
                        .deadline(Deadline.at(LocalDateTime.of(2024, 3, 1, 23, 59), MONTEVIDEO)
                                .withSubject("Inscripción").withWording("hasta el 1 de marzo a las 23:59"))
                        .notes("Gratuita")
                        .build())
                .addDeadlines(Deadline.before(LocalDate.of(2024, 1, 15), MONTEVIDEO).withSubject("Resúmenes"),
                        Deadline.until(LocalDate.of(2024, 2, 1), PARIS).withWording("jusqu'au 1er février"))
                .addLinks(Link.of(URI.create("https://example.org/programa.pdf"), "Programa"),
                        Link.of(URI.create("mailto:info@example.org")))
                .agenda(agenda.build())
                .build();
    }

    /** A link of each kind, the first without a label, and one of no kind. */
    static List<Link> everyLinkKind() {
        List<Link> links = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            Link link = Link.of(URI.create("https://example.org/taller/" + name)).withKind(kind);
            links.add(kind.ordinal() == 0 ? link : link.withLabel("Taller: " + name));
        }
        links.add(Link.of(URI.create("https://example.org/taller"), "Página del taller"));
        return links;
    }

    /** Only what an event must have. */
    static Event minimal() {
        return Event.builder()
                .id("e")
                .title("E")
                .zone(PARIS)
                .start(LocalDateTime.of(2024, 3, 4, 9, 0))
                .build();
    }

    /** An online event whose only online detail is that the link comes after registration. */
    static Event onlineOnly() {
        return minimal()
                .withAttendanceMode(AttendanceMode.ONLINE)
                .withOnlineLocation(OnlineLocation.builder().linkSentAfterRegistration(true).build())
                .withRegistration(Registration.builder().capacity(Capacity.ofSeats(1)).build())
                .withAgenda(Agenda.of(AgendaBlock.builder().id("unico").kind(BlockKind.TALK).title("Charla")
                        .timing(Timing.duration(Duration.ofMillis(1500))).build()));
    }

    /** A dinner past midnight, a talk until midnight (written 24:00) and a 24-hour hackathon. */
    static Event acrossMidnight() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        return minimal()
                .withStart(day.atTime(10, 0))
                .withAgenda(Agenda.compose()
                        .blockToNextDay(day, LocalTime.of(10, 0), LocalTime.of(10, 0), BlockKind.WORKSHOP, "Hackatón")
                        .id("hackaton")
                        .blockToNextDay(LocalTime.of(19, 30), LocalTime.of(0, 30), BlockKind.MEAL, "Cena").id("cena")
                        .blockToNextDay(LocalTime.of(23, 0), LocalTime.MIDNIGHT, BlockKind.TALK, "Charla").id("charla")
                        .toAgenda());
    }

    /**
     * Times with fractions of seconds, fixed offsets as zones and as a slot's stated offsets (the
     * end's is the extreme -18:00, which the zone does not have: the format reads it, validation
     * reports it), the first and the last years.
     */
    static Event precise() {
        return minimal()
                .withZone(ZoneOffset.ofHoursMinutes(5, 30))
                .withStart(LocalDateTime.of(2024, 3, 4, 9, 0, 0, 500_000_000))
                .withEnd(LocalDateTime.of(9999, 12, 30, 0, 0, 1))
                .withMaximumDuration(Duration.ofNanos(1))
                .withDeadlines(Deadline.at(LocalDateTime.of(1, 1, 1, 23, 59, 59, 999_999_999), ZoneId.of("UTC+03:00")),
                        Deadline.until(LocalDate.of(9999, 12, 30), ZoneOffset.UTC))
                .withAgenda(Agenda.of(AgendaBlock.builder().id("b").kind(BlockKind.OTHER).title("B")
                        .timing(Slot.builder().date(LocalDate.of(2024, 3, 4)).start(LocalTime.of(9, 0, 0, 123_456_789))
                                .end(LocalTime.of(23, 59, 59, 999_000_000)).startOffset(ZoneOffset.ofHoursMinutes(5, 30))
                                .endOffset(ZoneOffset.ofHoursMinutesSeconds(-18, 0, 0)).build())
                        .recurrence(Recurrence.builder().frequency(Recurrence.Frequency.YEARLY)
                                .until(LocalDate.of(3023, 3, 4)).build()) // 1000 occurrences, the most
                        .build()));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertValid(String json) {
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("schema errors").isEmpty();
    }

    /**
     * The reader names the place of the problem, or a place inside it: an invariant broken by a
     * value built from an object adds its own path to the object's.
     */
    private static void assertNamesPlace(EventFormatException e, String pointer) {
        assertThat(e.pointer()).isPresent();
        String named = e.pointer().get();
        if (!named.equals(pointer)) {
            assertThat(pointer).as("only a place below the root may be named more precisely").isNotEmpty();
            assertThat(named).startsWith(pointer + "/");
        }
    }

    private static Stream<Path> jsonFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    /** The 2021 seed as written, changed. */
    private static String changed(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.toBytes(SeedEvents.gobiernosLocales2021()));
        change.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    /** A definition of the event schema, as a schema of its own. */
    static Schema definition(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + name));
    }

    private static JsonNode string(String value) {
        return MAPPER.getNodeFactory().stringNode(value);
    }

    /**
     * For every character of the basic plane but the surrogates, a definition accepts the string
     * made around it exactly when the model's construction from that string does not break an
     * invariant.
     */
    private static void assertAgreesWithTheModelOnTheBasicPlane(Schema definition, String description,
            Function<Character, String> around, Consumer<String> construction) {
        for (char c = 0; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String candidate = around.apply(c);
            assertThat(definition.validate(string(candidate)).isEmpty())
                    .as(description, (int) c)
                    .isEqualTo(modelAccepts(() -> construction.accept(candidate)));
        }
    }

    private static boolean modelAccepts(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (InvariantViolationException e) {
            return false;
        }
    }

    private static JsonNode node(String json) {
        return MAPPER.readTree(json);
    }

    private static ObjectNode object(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static void collectDeclaredProperties(JsonNode schema, Set<String> names) {
        if (schema.isObject()) {
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                if (member.getKey().equals("properties")) {
                    names.addAll(member.getValue().propertyNames());
                }
                collectDeclaredProperties(member.getValue(), names);
            }
        } else if (schema.isArray()) {
            schema.forEach(element -> collectDeclaredProperties(element, names));
        }
    }

    private static void collectWrittenProperties(JsonNode document, Set<String> names) {
        if (document.isObject()) {
            for (Map.Entry<String, JsonNode> member : document.properties()) {
                names.add(member.getKey());
                collectWrittenProperties(member.getValue(), names);
            }
        } else if (document.isArray()) {
            document.forEach(element -> collectWrittenProperties(element, names));
        }
    }
}
