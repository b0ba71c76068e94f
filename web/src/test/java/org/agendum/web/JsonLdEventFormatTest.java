package org.agendum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link JsonLdEventFormat} writes, read back by Jackson's tree and judged by the test
 * suite's own {@link SchemaOrgChecker} against the schema.org vocabulary and Google's event
 * requirements; times compared with {@code java.time} applied to the model.
 */
class JsonLdEventFormatTest {

    private static final long SEED = 14_2026L;
    private static final JsonLdEventFormat JSONLD = JsonLdEventFormat.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<WebExamples> examples() {
        return WebExamples.all();
    }

    static Stream<Event> randomEvents() {
        // Ten events of each size (0 to 100 top-level blocks), and one over three days.
        return Stream.concat(RandomEvents.seeded(SEED).smallestFirst().flatMap(sized -> sized.events().limit(10)),
                Stream.of(RandomEvents.seeded(SEED + 1).withDays(3).withBlocks(30).withParties(12).event(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_writesTheGoldenFileByteForByte(WebExamples example) {
        GoldenFiles.regenerateIfAsked(example.golden(".jsonld"), () -> JSONLD.toBytes(example.event().get()));
        GoldenFiles.assertMatches(example.golden(".jsonld"), JSONLD.toBytes(example.event().get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_passesTheVocabularyAndGoogle_withEveryRecommendationTheModelCanGive(WebExamples example) {
        Event event = example.event().get();
        JsonNode document = read(event);
        SchemaOrgChecker checker = new SchemaOrgChecker(SharedFormats.schemaOrg());
        assertThat(checker.vocabularyProblems(document)).isEmpty();
        assertThat(checker.googleProblems(document)).isEmpty();
        Set<String> lacking = new HashSet<>(Set.of("image"));
        if (event.description().isEmpty()) {
            lacking.add("description");
        }
        if (event.organizers().isEmpty()) {
            lacking.add("organizer");
        }
        if (event.registration().filter(r -> r.url().isPresent() || r.deadline().isPresent()).isEmpty()) {
            lacking.add("offers");
        }
        assertThat(checker.missingRecommended(document)).containsExactlyInAnyOrderElementsOf(lacking);
    }

    @ParameterizedTest
    @MethodSource("randomEvents")
    void randomEvent_passesTheVocabulary_andGoogleWhereTheModelHasTheData(Event event) {
        JsonNode document = read(event);
        SchemaOrgChecker checker = new SchemaOrgChecker(SharedFormats.schemaOrg());
        assertThat(checker.vocabularyProblems(document)).as(event.id()).isEmpty();
        List<String> google = new ArrayList<>(checker.googleProblems(document));
        // What the model may lack: a venue's address, an online location's link (sent after registration).
        google.removeIf(p -> p.equals("a Place needs an address") && event.venue().flatMap(v -> v.address()).isEmpty());
        google.removeIf(p -> p.equals("a VirtualLocation needs a url") && event.onlineLocation().flatMap(o -> o.url()).isEmpty()
                && event.registration().flatMap(r -> r.url()).isEmpty());
        google.removeIf(p -> p.equals("location is required") && event.venue().isEmpty()
                && event.onlineLocation().isEmpty());
        assertThat(google).as(event.id()).isEmpty();
        assertThat(OffsetDateTime.parse(document.get("startDate").asString()).toInstant())
                .isEqualTo(event.start().atZone(event.zone()).toInstant());
    }

    @Test
    void seed2021_datesCarryMontevideosOffset_andPanel1IsFrom1315To1350() {
        Event event = SeedEvents.gobiernosLocales2021();
        JsonNode document = read(event);
        ZoneId montevideo = ZoneId.of("America/Montevideo");
        assertThat(document.get("@type").asString()).isEqualTo("EducationEvent");
        assertThat(document.get("startDate").asString()).isEqualTo("2021-06-11T13:00:00-03:00");
        assertThat(instant(document, "startDate")).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 0, 0, 0, montevideo).toInstant());
        JsonNode panel = subEvent(document, "panel-1").orElseThrow();
        assertThat(instant(panel, "startDate")).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 15, 0, 0, montevideo).toInstant());
        assertThat(instant(panel, "endDate")).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 50, 0, 0, montevideo).toInstant());
        assertThat(panel.get("name").asString()).startsWith("Panel 1: Alianzas estratégicas");
        // "antes del 9 de junio": the offer ends when 9 June begins in Montevideo.
        assertThat(OffsetDateTime.parse(document.get("offers").get("validThrough").asString()).toInstant())
                .isEqualTo(LocalDate.of(2021, 6, 9).atStartOfDay(montevideo).toInstant());
        assertThat(document.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        // The link to join is sent after registering: the registration form is the way in.
        assertThat(document.get("location").get("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(document.get("location").get("url").asString()).isEqualTo("https://forms.gle/t8GEM2KjH9gYQxtU6");
    }

    @Test
    void seed2021_performersHaveHonorificJobTitleAndAffiliation() {
        JsonNode document = read(SeedEvents.gobiernosLocales2021());
        JsonNode carlos = find(document.get("performer"), "Carlos Castillo Pérez").orElseThrow();
        assertThat(carlos.get("@type").asString()).isEqualTo("Person");
        assertThat(carlos.get("honorificPrefix").asString()).isEqualTo("Lic.");
        assertThat(carlos.get("jobTitle").asString())
                .isEqualTo("Director General de Cooperación y Relaciones Económicas Bilaterales");
        assertThat(carlos.get("affiliation").get("@type").asString()).isEqualTo("Organization");
        JsonNode jorge = find(document.get("performer"), "Jorge Rodríguez").orElseThrow();
        assertThat(jorge.get("affiliation").get("parentOrganization").get("name").asString()).isNotBlank();
    }

    @Test
    void conference_cancelledAndRescheduledTalks_haveTheirStatusAndFirstStart() {
        Event event = ExampleEvents.lisbonConference2026();
        JsonNode document = read(event);
        assertThat(subEvent(document, "talk-parking").orElseThrow().get("eventStatus").asString())
                .isEqualTo("https://schema.org/EventCancelled");
        JsonNode moved = subEvent(document, "talk-digital-twins").orElseThrow();
        assertThat(moved.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(OffsetDateTime.parse(moved.get("previousStartDate").asString()))
                .isEqualTo(LocalDateTime.of(2026, 10, 25, 10, 30).atZone(event.zone()).toOffsetDateTime());
    }

    @Test
    void scriptContent_hasNoLessThanSign_andReadsAsTheSameTitle() {
        Event event = SeedEvents.parisSeminar2018().withTitle("A </script><!-- title");
        String script = JSONLD.toScriptContent(event);
        assertThat(script).doesNotContain("<");
        assertThat(MAPPER.readTree(script).get("name").asString()).isEqualTo("A </script><!-- title");
    }

    @Test
    void format_isFoundByName_andOnlyWrites() {
        assertThat(EventFormats.get("jsonld")).isInstanceOf(JsonLdEventFormat.class);
        assertThat(JSONLD.mediaType()).isEqualTo("application/ld+json");
        assertThat(JSONLD.fileExtension()).isEqualTo("jsonld");
        assertThat(JSONLD.canRead()).isFalse();
        assertThat(JSONLD.canWrite()).isTrue();
        assertThatThrownBy(() -> JSONLD.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static JsonNode read(Event event) {
        return MAPPER.readTree(JSONLD.toBytes(event));
    }

    private static Instant instant(JsonNode node, String property) {
        return OffsetDateTime.parse(node.get(property).asString()).toInstant();
    }

    /** The sub-event with this identifier, at any depth. */
    static Optional<JsonNode> subEvent(JsonNode node, String identifier) {
        JsonNode children = node.get("subEvent");
        if (children == null) {
            return Optional.empty();
        }
        for (JsonNode child : children.isArray() ? children : List.of(children)) {
            if (child.path("identifier").asString("").equals(identifier)) {
                return Optional.of(child);
            }
            Optional<JsonNode> deeper = subEvent(child, identifier);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> find(JsonNode values, String name) {
        for (JsonNode value : values.isArray() ? values : List.of(values)) {
            if (value.path("name").asString("").equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
