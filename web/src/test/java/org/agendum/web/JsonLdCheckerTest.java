package org.agendum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test suite's schema.org judge, {@link SchemaOrgChecker}, judged on documents written by
 * others: schema.org's own event examples and a page that embeds one pass; the same example with
 * one fault each (an unknown type or property, a property on a type that lacks it, a value of a
 * wrong type, a status that is no enumeration member, a start that is not ISO 8601, an end before
 * the start, Google's required properties missing, no JSON-LD or no {@code @context} in a page)
 * fails.
 */
class JsonLdCheckerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Path> valid() throws IOException {
        return list(SharedFormats.folder("samples/schemaorg/valid"));
    }

    static Stream<Path> invalid() throws IOException {
        return list(SharedFormats.folder("samples/schemaorg/invalid"));
    }

    private static Stream<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @Test
    void vocabulary_holdsTheEventTypesPropertiesAndStatuses() {
        SchemaOrgVocabulary vocabulary = SharedFormats.schemaOrg();
        assertThat(vocabulary.size()).isGreaterThan(2_500);
        assertThat(vocabulary.isA("EducationEvent", "Event")).isTrue();
        assertThat(vocabulary.isA("Place", "Event")).isFalse();
        assertThat(vocabulary.property("subEvent").domains()).contains("Event");
        assertThat(vocabulary.memberTypes("EventMovedOnline")).containsExactly("EventStatusType");
        assertThat(vocabulary.isEnumeration("EventStatusType")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSample_passes(Path file) throws IOException {
        assertThat(problems(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSample_fails(Path file) throws IOException {
        assertThat(problems(file)).isNotEmpty();
    }

    /** The problems of a sample: of its JSON-LD, or of the JSON-LD of the page it is. */
    static List<String> problems(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".html")) {
            return problems(text);
        }
        List<String> problems = new ArrayList<>();
        List<Element> scripts = Jsoup.parse(text).select("script[type=application/ld+json]");
        if (scripts.isEmpty()) {
            problems.add("the page has no JSON-LD");
        }
        for (Element script : scripts) {
            problems.addAll(problems(script.data()));
        }
        return problems;
    }

    /** The vocabulary's and Google's problems of a JSON-LD document. */
    static List<String> problems(String jsonLd) {
        JsonNode document;
        try {
            document = MAPPER.readTree(jsonLd);
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        SchemaOrgChecker checker = new SchemaOrgChecker(SharedFormats.schemaOrg());
        List<String> problems = new ArrayList<>(checker.vocabularyProblems(document));
        problems.addAll(checker.googleProblems(document));
        return problems;
    }
}
