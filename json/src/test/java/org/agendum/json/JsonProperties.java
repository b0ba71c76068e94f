package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.PropertyCase;
import org.agendum.testing.PropertyCases;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the JSON format over seeded random events (DESIGN.md §5): every event round-trips
 * exactly, and mutated documents either read to a valid event or fail with {@link
 * EventFormatException} — never anything else. Each event is a case of its own, named by the
 * expression that makes it ({@link PropertyCase}); a failing event is shrunk and printed as JSON.
 * {@code -Dagendum.seed} changes the seed, {@code -Dagendum.case} runs one case ({@link
 * PropertyCases}).
 */
class JsonProperties {

    private static final JsonEventFormat PRETTY = JsonEventFormat.create();
    private static final JsonEventFormat COMPACT = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final long SEED = PropertyCases.seed(4_2021L);

    /** Generators smallest first (0 to 100 blocks), plus multi-day ones. */
    static Stream<RandomEvents> generators() {
        return Stream.concat(RandomEvents.seeded(SEED).smallestFirst(),
                Stream.of(RandomEvents.seeded(SEED + 1).withDays(3).withBlocks(30).withParties(12),
                        RandomEvents.seeded(SEED + 2)));
    }

    /** 200 events of each generator, 40 of the large ones: about 1,300 in all, smallest first. */
    static Stream<PropertyCase> events() {
        return PropertyCases.of(generators(), g -> batch(g, 200));
    }

    /** 40 events of each generator, 8 of the large ones; each is mutated ten times. */
    static Stream<PropertyCase> documents() {
        return PropertyCases.of(generators(), g -> batch(g, 40));
    }

    @TestFactory
    Stream<DynamicTest> everyEvent_roundTripsExactly_prettyAndCompact() {
        return events().map(c -> dynamicTest(c.name(), () -> c.check(JsonProperties::roundTripsExactly, PRETTY::toJson)));
    }

    @TestFactory
    Stream<DynamicTest> mutatedDocuments_readToAValidEvent_orFailWithTheFormatException() {
        return documents().map(c -> dynamicTest(c.name(), () -> c.check(
                event -> mutationsReadOrFail(event, new SplittableRandom(c.name().hashCode())), PRETTY::toJson)));
    }

    private static void roundTripsExactly(Event event) throws EventFormatException {
        byte[] pretty = PRETTY.toBytes(event);
        byte[] compact = COMPACT.toBytes(event);
        assertThat(PRETTY.fromBytes(pretty)).isEqualTo(event);
        assertThat(COMPACT.fromBytes(compact)).isEqualTo(event);
        assertThat(PRETTY.toBytes(PRETTY.fromBytes(pretty))).as("written again").isEqualTo(pretty);
        assertThat(PRETTY.fromBytes(compact)).as("compact read by the pretty format").isEqualTo(event);
    }

    /**
     * Ten mutations of the event's document, each read to a valid event or refused with the format
     * exception. The draws come from the case alone, so that a shrunk event gets the same ones.
     */
    private static void mutationsReadOrFail(Event event, SplittableRandom random) {
        byte[] document = COMPACT.toBytes(event);
        for (int m = 0; m < 10; m++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] mutated = mutation.apply(document, random);
            String where = "mutation " + m + ", " + mutation;
            try {
                Event read = COMPACT.fromBytes(mutated);
                // Whatever reads is a whole, valid event: it writes and reads back to itself.
                assertThat(COMPACT.fromBytes(COMPACT.toBytes(read))).as(where).isEqualTo(read);
            } catch (EventFormatException expected) {
                assertThat(expected.pointer()).as(where).isPresent();
            } catch (Throwable other) {
                fail(where + ": expected an event or EventFormatException, got " + other + "\n"
                        + new String(mutated, StandardCharsets.UTF_8), other);
            }
        }
    }

    /** Fewer of the large events, so the suite stays quick. */
    private static long batch(RandomEvents generator, long small) {
        return generator.blocks().orElse(0) > 20 ? small / 5 : small;
    }

    /** Ways to damage a document: at the byte level, and at the level of its JSON tree. */
    enum Mutation {
        FLIP_A_BYTE {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                byte[] copy = document.clone();
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                return java.util.Arrays.copyOf(document, random.nextInt(document.length));
            }
        },
        DELETE_A_FIELD {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                return onTree(document, random, (object, name, r) -> object.remove(name));
            }
        },
        SWAP_TWO_VALUES {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                JsonNode root = TREES.readTree(document);
                List<Map.Entry<ObjectNode, String>> fields = fields(root);
                if (fields.size() < 2) {
                    return document;
                }
                Map.Entry<ObjectNode, String> a = fields.get(random.nextInt(fields.size()));
                Map.Entry<ObjectNode, String> b = fields.get(random.nextInt(fields.size()));
                JsonNode first = a.getKey().get(a.getValue());
                JsonNode second = b.getKey().get(b.getValue());
                a.getKey().set(a.getValue(), second.deepCopy());
                b.getKey().set(b.getValue(), first.deepCopy());
                return TREES.writeValueAsBytes(root);
            }
        },
        REPLACE_A_VALUE {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                JsonNode[] odd = {TREES.getNodeFactory().nullNode(), TREES.getNodeFactory().numberNode(-1),
                        TREES.getNodeFactory().stringNode(""), TREES.getNodeFactory().stringNode("x y"),
                        TREES.getNodeFactory().booleanNode(true), TREES.getNodeFactory().arrayNode(),
                        TREES.getNodeFactory().objectNode(), TREES.getNodeFactory().stringNode("PT0S"),
                        TREES.getNodeFactory().stringNode("2021-02-30T25:00")};
                return onTree(document, random, (object, name, r) -> object.set(name, odd[r.nextInt(odd.length)]));
            }
        },
        EMPTY_AN_ARRAY {
            @Override
            byte[] apply(byte[] document, SplittableRandom random) {
                return onTree(document, random, (object, name, r) -> {
                    if (object.get(name) instanceof ArrayNode) {
                        ((ArrayNode) object.get(name)).removeAll();
                    }
                });
            }
        };

        abstract byte[] apply(byte[] document, SplittableRandom random);

        /** A change to one field of one object of the tree. */
        interface FieldChange {
            void change(ObjectNode object, String name, SplittableRandom random);
        }

        static byte[] onTree(byte[] document, SplittableRandom random, FieldChange change) {
            JsonNode root = TREES.readTree(document);
            List<Map.Entry<ObjectNode, String>> fields = fields(root);
            if (fields.isEmpty()) {
                return document;
            }
            Map.Entry<ObjectNode, String> field = fields.get(random.nextInt(fields.size()));
            change.change(field.getKey(), field.getValue(), random);
            return TREES.writeValueAsBytes(root);
        }

        /** Every field of every object in the tree, depth first, in document order. */
        static List<Map.Entry<ObjectNode, String>> fields(JsonNode node) {
            List<Map.Entry<ObjectNode, String>> fields = new ArrayList<>();
            collect(node, fields);
            return fields;
        }

        private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> fields) {
            if (node instanceof ObjectNode) {
                ObjectNode object = (ObjectNode) node;
                for (String name : new ArrayList<>(object.propertyNames())) {
                    fields.add(Map.entry(object, name));
                    collect(object.get(name), fields);
                }
            } else if (node instanceof ArrayNode) {
                for (JsonNode element : node) {
                    collect(element, fields);
                }
            }
        }
    }
}
