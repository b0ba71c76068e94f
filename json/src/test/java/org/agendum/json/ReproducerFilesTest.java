package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reproducers of the fuzzing and import runs of 2026-12, in the {@code shared/repro}
 * folder beside the project (see its INDEX.md); skipped where that folder is absent. Each is now
 * refused with an {@link EventFormatException} at a place the test finds in the document itself.
 */
class ReproducerFilesTest {

    /** The project's sibling folder {@code shared}; tests run in a module's folder, one below the project. */
    private static final Path REPRO = Path.of("..", "..", "shared", "repro");

    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    @Test
    void textWithLoneSurrogates_isRefusedAtAStringUtf8CannotEncode() throws IOException {
        byte[] document = reproducer("minimal/json-text-with-lone-surrogates.json");

        EventFormatException e = refusal(document);

        assertThat(e.code()).contains(Invariant.UNPAIRED_SURROGATE.code());
        JsonNode value = TREES.readTree(document).at(e.pointer().orElseThrow());
        assertThat(value.isString()).as("value at %s", e.pointer()).isTrue();
        assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(value.asString())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal/json-parent-chain-3000.json", "json-other/json-5ae92a7afada.json",
        "json-other/json-e7dfa8538098.json", "json-post/json-b2715534a035.json"})
    void parentChainOfThousands_isRefusedAtAnOrganizationWithTooManyAbove(String file) throws IOException {
        byte[] document = reproducer(file);

        EventFormatException e = refusal(document);

        assertThat(e.code()).contains(Invariant.PARENT_CHAIN_TOO_DEEP.code());
        String pointer = e.pointer().orElseThrow();
        assertThat(pointer).matches("/parties/\\d+/parent");
        JsonNode root = TREES.readTree(document);
        String id = root.at(pointer.substring(0, pointer.length() - "/parent".length())).get("id").asString();
        assertThat(organizationsAbove(root, id)).isGreaterThan(Organization.MAX_PARENT_DEPTH);
    }

    /**
     * A parent chain of 10,000 with a duplicate key further on, and a {@code -Infinity} after that:
     * the first syntax error comes first, as documented.
     */
    @Test
    void parentChainWithADuplicateKey_isRefusedAsNotJson() throws IOException {
        byte[] document = reproducer("json-other/json-61fdd59af85c.json.gz");

        EventFormatException e = refusal(document);

        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.SYNTAX);
        assertThat(e.getMessage()).contains("duplicate field \"label\"");
        JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        assertThat(lenient.readTree(document).at(e.pointer().orElseThrow()).asString()).isEqualTo("Keynote 🎤");
    }

    /** Walks up a document's parents by id, as the reader must not: iteratively, stopping at a cycle. */
    private static int organizationsAbove(JsonNode root, String id) {
        Map<String, String> parents = new HashMap<>();
        for (JsonNode party : root.get("parties")) {
            if (party.has("parent")) {
                parents.put(party.get("id").asString(), party.get("parent").asString());
            }
        }
        int above = 0;
        for (String at = parents.get(id); at != null && above <= parents.size(); at = parents.get(at)) {
            above++;
        }
        return above;
    }

    private static byte[] reproducer(String file) throws IOException {
        assumeTrue(Files.isDirectory(REPRO), "no reproducers at " + REPRO.toAbsolutePath().normalize());
        Path path = REPRO.resolve(file);
        assumeTrue(Files.isRegularFile(path), "no reproducer " + path);
        try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path))
                : Files.newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    /** Reads a document that must be refused with the format's exception and nothing else. */
    private static EventFormatException refusal(byte[] document) {
        try {
            JSON.fromBytes(document);
        } catch (EventFormatException e) {
            assertThat(e.pointer()).as(e.getMessage()).isPresent();
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected EventFormatException, got " + other, other);
        }
        return fail("the reproducer was read as an event");
    }
}
