package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.PropertyCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Damaged documents (DESIGN.md §5): every mutation of an exported event either reads to an event
 * that writes and reads back to itself, or is refused with an {@link EventFormatException} that
 * names its place; nothing else escapes the reader.
 */
class JsCalendarMutationProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Values put in place of a property's: wrong types, empty and odd strings, syntax near misses. */
    private static final List<JsonNode> ODD = List.of(JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.stringNode(""),
            JsonNodeFactory.instance.stringNode("x y"), JsonNodeFactory.instance.booleanNode(false),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode(),
            JsonNodeFactory.instance.stringNode("PT0S"), JsonNodeFactory.instance.stringNode("2021-02-30T25:00:00"));

    @TestFactory
    Stream<DynamicTest> mutatedDocuments_readToAnEvent_orFailWithTheFormatException() {
        return PropertyCases.of(JsCalendarProperties.generators(), g -> g.blocks().orElse(0) > 20 ? 2 : 6)
                .map(c -> dynamicTest(c.name(), () -> c.check(
                        event -> mutationsReadOrFail(event, new SplittableRandom(c.name().hashCode())),
                        JsCalendarProperties.FORMAT::toJsCalendar)));
    }

    private static void mutationsReadOrFail(Event event, SplittableRandom random) {
        byte[] document = JsCalendarProperties.FORMAT.toBytes(event);
        for (int m = 0; m < 10; m++) {
            int how = random.nextInt(4);
            byte[] mutated = mutate(document, how, random);
            try {
                Event read = JsCalendarProperties.FORMAT.fromBytes(mutated);
                Event again = JsCalendarProperties.FORMAT.fromBytes(JsCalendarProperties.FORMAT.toBytes(read));
                assertThat(JsCalendarProjection.of(again)).as("mutation %d (%d)", m, how)
                        .isEqualTo(JsCalendarProjection.of(read));
            } catch (EventFormatException expected) {
                assertThat(expected.pointer()).as("mutation %d (%d): %s", m, how, expected).isPresent();
            } catch (RuntimeException | StackOverflowError other) {
                fail("mutation " + m + " (" + how + "): expected an event or EventFormatException, got " + other + "\n"
                        + new String(mutated, StandardCharsets.UTF_8), other);
            }
        }
    }

    /** 0: a byte's bit flipped; 1: cut short; 2: a property removed; 3: a property's value replaced. */
    private static byte[] mutate(byte[] document, int how, SplittableRandom random) {
        if (how == 0) {
            byte[] copy = document.clone();
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            return copy;
        }
        if (how == 1) {
            return Arrays.copyOf(document, random.nextInt(document.length));
        }
        JsonNode root = MAPPER.readTree(document);
        List<ObjectNode> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collect(root, owners, names);
        int pick = random.nextInt(owners.size());
        if (how == 2) {
            owners.get(pick).remove(names.get(pick));
        } else {
            owners.get(pick).set(names.get(pick), ODD.get(random.nextInt(ODD.size())));
        }
        return MAPPER.writeValueAsBytes(root);
    }

    /** Every property of every object, depth first, as its object and name. */
    private static void collect(JsonNode node, List<ObjectNode> owners, List<String> names) {
        if (node.isObject()) {
            for (String name : new ArrayList<>(node.propertyNames())) {
                owners.add((ObjectNode) node);
                names.add(name);
                collect(node.get(name), owners, names);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, owners, names));
        }
    }
}
