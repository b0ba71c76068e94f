package org.agendum.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader streams, yet the order of a document's fields does not matter: the format version
 * and the parties, which the writer puts first, may come anywhere, and a problem in a part read
 * ahead of its place is reported at the same pointer as in the writer's order.
 */
class JsonFieldOrderTest {

    private static final JsonEventFormat FORMAT = JsonEventFormat.create();
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Event SEED = SeedEvents.gobiernosLocales2021();

    @Test
    void everyObjectInReverseOrder_readsAsTheWrittenDocument() throws EventFormatException {
        for (Event event : SeedEvents.all()) {
            ObjectNode reversed = (ObjectNode) reorder(tree(event), null);
            List<String> names = new ArrayList<>();
            reversed.propertyNames().forEach(names::add);
            // The agenda before the parties, the version last: both are read ahead.
            assertThat(names.get(0)).isEqualTo("agenda");
            assertThat(names.indexOf("agenda")).isLessThan(names.indexOf("parties"));
            assertThat(names.get(names.size() - 1)).isEqualTo("formatVersion");
            assertThat(FORMAT.fromBytes(TREES.writeValueAsBytes(reversed))).isEqualTo(event);
        }
    }

    @Test
    void shuffledDocuments_readAsTheWrittenDocument() throws EventFormatException {
        Random random = new Random(20210611L);
        RandomEvents generator = RandomEvents.seeded(7).withBlocks(12).withParties(6);
        for (int i = 0; i < 60; i++) {
            Event event = generator.event(i);
            byte[] shuffled = TREES.writeValueAsBytes(reorder(tree(event), random));
            assertThat(FORMAT.fromBytes(shuffled)).as("event %d", i).isEqualTo(event);
        }
    }

    @Test
    void partiesAfterTheAgenda_withTheVersionFirst_areFoundAhead() throws EventFormatException {
        ObjectNode document = tree(SEED);
        moveToEnd(document, "parties");
        assertThat(FORMAT.fromBytes(TREES.writeValueAsBytes(document))).isEqualTo(SEED);
    }

    @Test
    void aModuleMapper_readsAReversedDocumentToo() {
        JsonMapper mapper = JsonMapper.builder().addModule(new AgendumJsonModule()).build();
        JsonNode reversed = reorder(tree(SEED), null);
        assertThat(mapper.readValue(TREES.writeValueAsBytes(reversed), Event.class)).isEqualTo(SEED);
    }

    // ---------------------------------------------------------------------------------------------
    // Problems in parts read ahead of their place keep their pointers.

    @Test
    void versionLast_isStillCheckedBeforeAnyOtherField() {
        ObjectNode document = tree(SEED);
        document.put("sessions", 3);
        document.put("formatVersion", 2);
        ObjectNode reversed = (ObjectNode) reorder(document, null);
        EventFormatException e = rejection(reversed);
        assertThat(e.pointer()).contains("/formatVersion");
        assertThat(e.getMessage()).contains("unsupported format version 2");
    }

    @Test
    void noVersionInAShuffledDocument_isReportedAtTheRoot() {
        ObjectNode document = tree(SEED);
        document.remove("formatVersion");
        EventFormatException e = rejection(reorder(document, null));
        assertThat(e.pointer()).contains("");
        assertThat(e.getMessage()).contains("missing required field 'formatVersion'");
    }

    @Test
    void problemsInAReversedDocument_haveTheirPointers() {
        assertRejectedReversed(d -> set(d, "/agenda/blocks/1/title", "42"), "/agenda/blocks/1/title", "expected a string");
        assertRejectedReversed(d -> set(d, "/agenda/blocks/2/children/0/kind", "\"speech\""),
                "/agenda/blocks/2/children/0/kind", "'speech'");
        assertRejectedReversed(d -> set(d, "/agenda/blocks/0/participants/1/party", "\"nadie\""),
                "/agenda/blocks/0/participants/1/party", "'nadie'");
        assertRejectedReversed(d -> set(d, "/agenda/blocks/0/timing", "{\"start\":\"9:30\",\"end\":\"10:00\"}"), "/agenda/blocks/0/timing/start",
                "'9:30'");
        assertRejectedReversed(d -> set(d, "/agenda/blocks/3/title", "\"\""), "/agenda/blocks/3/title", "BLANK_TEXT");
        assertRejectedReversed(d -> set(d, "/parties/4/id", "\"ana-laura-perez\""), "/parties/4/id",
                "first at /parties/3");
        assertRejectedReversed(d -> set(d, "/parties/0/name", "\" \""), "/parties/0/name", "BLANK_TEXT");
        assertRejectedReversed(d -> set(d, "/parties/3/positions/0/since", "\"2019\""), "/parties/3/positions/0/since",
                "'since'");
        assertRejectedReversed(d -> set(d, "/a~1b", "1"), "/a~1b", "'a/b'");
        assertRejectedReversed(d -> ((ArrayNode) d.get("parties")).add(TREES.readTree(
                "{\"id\":\"invitada\",\"type\":\"person\",\"name\":\"Invitada\"}")), "/parties/32", "'invitada'");
    }

    @Test
    void aReferenceBeforeTheParties_isResolvedOrReportedAtTheReference() {
        // The version first, the parties last: the first reference makes the reader look ahead.
        ObjectNode unknown = tree(SEED);
        set(unknown, "/agenda/blocks/1/moderators/0/party", "\"nadie\"");
        moveToEnd(unknown, "parties");
        EventFormatException e = rejection(unknown);
        assertThat(e.pointer()).contains("/agenda/blocks/1/moderators/0/party");
        assertThat(e.getMessage()).contains("no party with id 'nadie'");

        ObjectNode laterProblem = tree(SEED);
        set(laterProblem, "/agenda/blocks/3/kind", "\"speech\"");
        moveToEnd(laterProblem, "parties");
        assertThat(rejection(laterProblem).pointer()).contains("/agenda/blocks/3/kind");

        ObjectNode noParties = tree(SEED);
        noParties.remove("parties");
        EventFormatException none = rejection(noParties);
        assertThat(none.pointer()).contains("/organizers/0");
        assertThat(none.getMessage()).contains("is defined in /parties");
    }

    // ---------------------------------------------------------------------------------------------
    // Duplicate keys and syntax errors come first, wherever they are.

    @Test
    void duplicateKeys_areErrorsAtTheDuplicatedMember_inEitherOrder() {
        String canonical = FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SEED);
        String rootTwice = canonical.replace("\"kind\":\"seminar\",", "\"kind\":\"seminar\",\"kind\":\"conference\",");
        assertThat(rejection(rootTwice).pointer()).contains("/kind");
        String blockTwice = canonical.replace("\"title\":\"Inauguración\",",
                "\"title\":\"Inauguración\",\"title\":\"Apertura\",");
        assertThat(rejection(blockTwice).pointer()).contains("/agenda/blocks/0/title");

        // The version last: the root and the agenda are read ahead, from a buffer.
        String reversed = TREES.writeValueAsString(reorder(tree(SEED), null));
        String reversedRootTwice = reversed.replace("\"kind\":\"seminar\",", "\"kind\":\"seminar\",\"kind\":\"x\",");
        EventFormatException root = rejection(reversedRootTwice);
        assertThat(root.pointer()).contains("/kind");
        assertThat(root.getMessage()).containsIgnoringCase("duplicate").contains("\"kind\"");
        String reversedBlockTwice = reversed.replace("\"title\":\"Inauguración\"",
                "\"title\":\"Inauguración\",\"title\":\"Apertura\"");
        EventFormatException block = rejection(reversedBlockTwice);
        assertThat(block.pointer()).contains("/agenda/blocks/0/title");
        assertThat(block.getMessage()).containsIgnoringCase("duplicate").contains("\"title\"");

        String partiesTwice = canonical.replace("\"parties\":[", "\"parties\":[],\"parties\":[");
        assertThat(rejection(partiesTwice).pointer()).contains("/parties");
    }

    /** A party is kept as tokens until it is referred to: a name it repeats is found as it is listed. */
    @Test
    void aNameRepeatedInAParty_isASyntaxError_whereverThePartiesAre() {
        String canonical = FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SEED);
        String twice = "\"name\":\"Ana Laura Pérez\",\"name\":\"Ana Laura Pérez\"";
        String inOrder = canonical.replace("\"name\":\"Ana Laura Pérez\"", twice);
        EventFormatException listed = rejection(inOrder);
        assertThat(listed.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(listed.pointer()).hasValue("/parties/3/name");
        // The column of the second name, in bytes.
        int column = inOrder.substring(0, inOrder.indexOf(twice) + twice.indexOf(",") + 1).getBytes(UTF_8).length + 1;
        assertThat(listed.getMessage()).startsWith("not valid JSON at line 1, column " + column + ": duplicate field \"name\"");

        ObjectNode partiesLast = tree(SEED);
        moveToEnd(partiesLast, "parties");
        String ahead = TREES.writeValueAsString(partiesLast).replace("\"name\":\"Ana Laura Pérez\"", twice);
        EventFormatException foundAhead = rejection(ahead);
        assertThat(foundAhead.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(foundAhead.pointer()).hasValue("/parties/3/name");
        assertThat(foundAhead.getMessage()).contains("duplicate field \"name\"");
    }

    /** Another problem comes first in the document: the repeated name, a syntax error, is still what is reported. */
    @Test
    void aNameRepeatedAfterAnotherProblem_isWhatIsReported() {
        String canonical = FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SEED);
        // An unknown field in the first block, then its title twice.
        String inTheSameObject = canonical.replace("\"title\":\"Inauguración\",",
                "\"colour\":\"red\",\"title\":\"Inauguración\",\"title\":\"Apertura\",");
        EventFormatException sameObject = rejection(inTheSameObject);
        assertThat(sameObject.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(sameObject.pointer()).hasValue("/agenda/blocks/0/title");

        // The first block's title read, then a problem inside its timing, then the title again.
        String acrossTheProblem = canonical.replace("\"timing\":{\"duration\":\"PT15M\"}",
                "\"timing\":{\"duration\":\"15 minutes\"},\"title\":\"Apertura\"");
        EventFormatException across = rejection(acrossTheProblem);
        assertThat(across.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(across.pointer()).hasValue("/agenda/blocks/0/title");

        // A whole list read, with a problem in it, then the list again.
        String listTwice = canonical.replace("\"topics\":[\"Turismo\",", "\"topics\":[7],\"topics\":[\"Turismo\",");
        EventFormatException list = rejection(listTwice);
        assertThat(list.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(list.pointer()).hasValue("/topics");
    }

    @Test
    void aNameRepeatedInAnEmbeddedEvent_isRefused_whateverTheMapper() {
        JsonMapper mapper = JsonMapper.builder().addModule(new AgendumJsonModule()).build();
        String twice = "{\"event\":" + FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SEED).replace("\"kind\":\"seminar\",",
                "\"kind\":\"seminar\",\"kind\":\"conference\",") + "}";
        // The application's mapper lets repeated names through (the last would win): the reader does not.
        Throwable refused = catchThrowable(() -> mapper.readValue(twice, Listing.class));
        assertThat(refused).isInstanceOf(DatabindException.class);
        EventFormatException cause = (EventFormatException) refused.getCause();
        assertThat(cause.kind()).isEqualTo(Kind.SYNTAX);
        // At its place in the application's document, where the event is its "event".
        assertThat(cause.pointer()).hasValue("/event/kind");
    }

    /** An application's document holding an event. */
    record Listing(Event event) {}

    @Test
    void aSyntaxErrorAfterAnotherProblem_isWhatIsReported() {
        String canonical = FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SEED);
        // An unknown field first, then a document cut short: it is not JSON, whatever else it is.
        String cut = canonical.replace("\"id\":", "\"colour\":\"red\",\"id\":");
        cut = cut.substring(0, cut.length() - 10);
        EventFormatException e = rejection(cut);
        assertThat(e.getMessage()).startsWith("not valid JSON");

        String trailing = canonical.replace("\"id\":", "\"colour\":\"red\",\"id\":") + " {}";
        EventFormatException afterTheEvent = rejection(trailing);
        assertThat(afterTheEvent.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(afterTheEvent.pointer()).hasValue("");
        // The parser counts columns in bytes: the "{" is the last byte but one.
        assertThat(afterTheEvent.getMessage()).startsWith("not valid JSON at line 1, column " + (trailing.getBytes(UTF_8).length - 1))
                .contains("after the end of the event");
    }

    // ---------------------------------------------------------------------------------------------

    private static ObjectNode tree(Event event) {
        return (ObjectNode) TREES.readTree(FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toBytes(event));
    }

    /** Every object's fields in reverse order, or shuffled if a random source is given. */
    private static JsonNode reorder(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.propertyNames().forEach(names::add);
            if (random == null) {
                Collections.reverse(names);
            } else {
                Collections.shuffle(names, random);
            }
            ObjectNode copy = TREES.createObjectNode();
            for (String name : names) {
                copy.set(name, reorder(object.get(name), random));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = TREES.createArrayNode();
            array.forEach(element -> copy.add(reorder(element, random)));
            return copy;
        }
        return node;
    }

    private static void moveToEnd(ObjectNode object, String name) {
        JsonNode value = object.remove(name);
        object.set(name, value);
    }

    private static void set(ObjectNode root, String pointer, String json) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        ((ObjectNode) parent).set(name, TREES.readTree(json));
    }

    private static void assertRejectedReversed(Consumer<ObjectNode> change, String pointer, String mention) {
        ObjectNode document = tree(SEED);
        change.accept(document);
        EventFormatException inOrder = rejection(document);
        EventFormatException reversed = rejection(reorder(document, null));
        assertThat(reversed.pointer()).as(mention).contains(pointer);
        assertThat(reversed.getMessage()).contains(mention).isEqualTo(inOrder.getMessage());
    }

    private static EventFormatException rejection(JsonNode document) {
        return rejection(TREES.writeValueAsString(document));
    }

    private static EventFormatException rejection(String document) {
        Throwable thrown = catchThrowable(() -> FORMAT.fromBytes(document.getBytes(UTF_8)));
        assertThat(thrown).isExactlyInstanceOf(EventFormatException.class);
        return (EventFormatException) thrown;
    }
}
