package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema against the reader, over documents written from seeded random events ({@link
 * RandomEvents}) and then changed:
 *
 * <ul>
 *   <li>whatever the schema refuses, the reader refuses: documents damaged by {@link
 *       JsonProperties.Mutation}s, or with a drawn value planted in any field;
 *   <li>for each form the schema states by a pattern or an enum &mdash; country codes, offset zone
 *       ids, dates and date-times (year 0000 included), language tags, durations and URIs &mdash; a
 *       value drawn by {@link CandidateValues} and planted where that form is required makes a
 *       document the schema accepts exactly when the reader does.
 * </ul>
 *
 * <p>The schema validator (networknt, draft 2020-12) is the oracle: no expected outcome is
 * computed with the reader's code or with {@code java.time}. Each case is one test, named by its
 * family and index, and a function of the seed, the family and the index alone; the seed is {@link
 * #SEED} unless {@code -Dagendum.seed=} gives another, and {@code -Dagendum.case=URI#139} runs one
 * case alone. A failure prints the seed, the case, the pointer and value planted, and both
 * verdicts.
 */
class JsonSchemaProperties {

    static final long SEED = Long.getLong("agendum.seed", 12_2026L);
    /** One case to run alone, such as {@code URI#139} or {@code mutated#12}; all cases without it. */
    private static final String ONLY = System.getProperty("agendum.case", "");

    private static final int CASES_PER_FIELD = 250;
    private static final int MUTATED_DOCUMENTS = 400;
    /** Events drawn once and shared by the cases, which change a copy each. */
    private static final int EVENTS = 40;

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final JsonEventFormat JSON = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
    private static final Schema SCHEMA = JsonSchemaTest.SCHEMA;
    private static final List<byte[]> DOCUMENTS = IntStream.range(0, EVENTS)
            .mapToObj(i -> JSON.toBytes(RandomEvents.seeded(SEED).event(i)))
            .collect(Collectors.toList());

    @TestFactory
    Stream<DynamicContainer> valuePlantedWhereItsFormIsRequired_isAcceptedByTheSchema_exactlyWhenByTheReader() {
        return Stream.of(PlantedField.values()).map(field -> DynamicContainer.dynamicContainer(field.toString(),
                IntStream.range(0, CASES_PER_FIELD).filter(index -> selected(field.toString(), index)).mapToObj(index ->
                        DynamicTest.dynamicTest(field + " #" + index, () -> schemaAndReaderAgree(field, index)))));
    }

    private static void schemaAndReaderAgree(PlantedField field, int index) {
        SplittableRandom random = random(field.ordinal(), index);
        ObjectNode root = (ObjectNode) TREES.readTree(DOCUMENTS.get(index % EVENTS));
        Planted planted = field.plant(root, random);
        String json = TREES.writeValueAsString(root);

        List<String> schemaErrors = schemaErrors(json.getBytes(StandardCharsets.UTF_8));
        Throwable refusal = catchThrowable(() -> JSON.fromJson(json));

        assertThat(refusal).as("%s: the reader fails only with EventFormatException", where(field, index, planted))
                .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r).isInstanceOf(EventFormatException.class));
        assertThat(refusal == null)
                .as("%s: the schema %s it (%s), the reader %s it (%s)", where(field, index, planted),
                        schemaErrors.isEmpty() ? "accepts" : "refuses", schemaErrors,
                        refusal == null ? "accepts" : "refuses", refusal)
                .isEqualTo(schemaErrors.isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> documentTheSchemaRefuses_isRefusedByTheReader() {
        return IntStream.range(0, MUTATED_DOCUMENTS).filter(index -> selected("mutated", index)).mapToObj(index ->
                DynamicTest.dynamicTest("mutated #" + index, () -> refusedBySchema_refusedByReader(index)));
    }

    private static void refusedBySchema_refusedByReader(int index) {
        SplittableRandom random = random(-1, index);
        byte[] document = DOCUMENTS.get(index % EVENTS);
        String change;
        byte[] changed;
        if (random.nextInt(4) == 0) {
            PlantedField field = PlantedField.values()[random.nextInt(PlantedField.values().length)];
            String value = field.draw(random);
            JsonNode root = TREES.readTree(document);
            List<Map.Entry<ObjectNode, String>> fields = JsonProperties.Mutation.fields(root);
            Map.Entry<ObjectNode, String> target = fields.get(random.nextInt(fields.size()));
            target.getKey().put(target.getValue(), value);
            change = "field '" + target.getValue() + "' set to " + field + " value " + quoted(value);
            changed = TREES.writeValueAsBytes(root);
        } else {
            JsonProperties.Mutation mutation = JsonProperties.Mutation.values()[
                    random.nextInt(JsonProperties.Mutation.values().length)];
            change = mutation.toString();
            changed = mutation.apply(document, random);
        }
        String where = "seed " + SEED + ", mutated #" + index + " (" + change + ")";

        Throwable refusal = catchThrowable(() -> JSON.fromBytes(changed));
        assertThat(refusal).as("%s: the reader fails only with EventFormatException", where)
                .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r).isInstanceOf(EventFormatException.class));
        List<String> schemaErrors = schemaErrors(changed);
        if (!schemaErrors.isEmpty()) {
            assertThat(refusal).as("%s: the schema refuses it (%s), so must the reader\n%s", where, schemaErrors,
                    new String(changed, StandardCharsets.UTF_8))
                    .isNotNull();
        }
    }

    /**
     * The values drawn for each field do not all fall on one side of the line: each field's cases
     * test both acceptance and refusal.
     */
    @Test
    void everyPlantedField_drawsValuesTheSchemaAccepts_andValuesItRefuses() {
        for (PlantedField field : PlantedField.values()) {
            Schema definition = JsonSchemaTest.definition(field.definition);
            long accepted = IntStream.range(0, CASES_PER_FIELD)
                    .mapToObj(index -> field.draw(random(field.ordinal(), index)))
                    .filter(value -> definition.validate(TREES.getNodeFactory().stringNode(value)).isEmpty())
                    .count();
            assertThat(accepted).as("%s values the schema accepts, of %d", field, CASES_PER_FIELD)
                    .isBetween(CASES_PER_FIELD / 10L, CASES_PER_FIELD * 9L / 10);
        }
    }

    /** The fields a value is planted in, by the form the schema requires of it. */
    enum PlantedField {
        COUNTRY_CODE("countryCode", CandidateValues::countryCode) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                List<Slot> slots = slots(root, (pointer, name) -> name.equals("country"));
                if (slots.isEmpty() || random.nextInt(4) == 0) {
                    ObjectNode venue = root.has("venue") ? (ObjectNode) root.get("venue")
                            : root.putObject("venue").put("name", "Sala");
                    return set(venue.putObject("address"), "country", "/venue/address/country", draw(random));
                }
                return slots.get(random.nextInt(slots.size())).set(draw(random));
            }
        },
        OFFSET_ZONE("zoneId", CandidateValues::offsetZone) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                if (random.nextInt(4) == 0) {
                    // A single display zone, so that no other can be the same zone spelt otherwise.
                    ObjectNode display = root.putArray("displayZones").addObject().put("label", "Aquí");
                    return set(display, "zone", "/displayZones/0/zone", draw(random));
                }
                List<Slot> slots = slots(root, (pointer, name) -> name.equals("zone") && !pointer.startsWith("/displayZones"));
                return slots.get(random.nextInt(slots.size())).set(draw(random));
            }
        },
        /** Deadlines' dates over all four-digit years; slots' dates up to 9000, so that the agenda ends by 9999. */
        DATE("localDate", random -> CandidateValues.date(random, 9999)) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                List<Slot> slots = slots(root, (pointer, name) -> name.equals("date"));
                if (slots.isEmpty() || random.nextInt(4) == 0) {
                    ObjectNode deadline = deadlines(root).addObject().put("kind", random.nextBoolean() ? "before" : "until")
                            .put("zone", "Europe/Paris");
                    return set(deadline, "date", "/deadlines/" + (deadlines(root).size() - 1) + "/date", draw(random));
                }
                Slot slot = slots.get(random.nextInt(slots.size()));
                return slot.set(slot.pointer.contains("/timing/") ? CandidateValues.date(random, 9000) : draw(random));
            }
        },
        /** Deadlines' date-times over all four-digit years; the event's start up to 9000, its end left out. */
        DATE_TIME("localDateTime", random -> CandidateValues.dateTime(random, 9999)) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                List<Slot> slots = slots(root, (pointer, name) -> name.equals("dateTime"));
                int choice = random.nextInt(4);
                if (choice == 0) {
                    root.remove("end");
                    return set(root, "start", "/start", CandidateValues.dateTime(random, 9000));
                }
                if (slots.isEmpty() || choice == 1) {
                    ObjectNode deadline = deadlines(root).addObject().put("kind", "at").put("zone", "Asia/Tokyo");
                    return set(deadline, "dateTime", "/deadlines/" + (deadlines(root).size() - 1) + "/dateTime",
                            draw(random));
                }
                return slots.get(random.nextInt(slots.size())).set(draw(random));
            }
        },
        LANGUAGE_TAG("languageTag", CandidateValues::languageTag) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                ArrayNode languages = root.has("languages") ? (ArrayNode) root.get("languages") : root.putArray("languages");
                int at = random.nextInt(languages.size() + 1);
                String value = draw(random);
                if (at == languages.size()) {
                    languages.add(value);
                } else {
                    languages.set(at, value);
                }
                return new Planted("/languages/" + at, value);
            }
        },
        /** The event's maximum duration, or a block's timing, at any depth, made duration-only. */
        DURATION("duration", CandidateValues::duration) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                List<Slot> timings = slots(root, (pointer, name) -> name.equals("timing"));
                if (timings.isEmpty() || random.nextInt(3) == 0) {
                    return set(root, "maximumDuration", "/maximumDuration", draw(random));
                }
                Slot timing = timings.get(random.nextInt(timings.size()));
                return set(timing.parent.putObject("timing"), "duration", timing.pointer + "/duration", draw(random));
            }
        },
        URI("uri", CandidateValues::uri) {
            @Override
            Planted plant(ObjectNode root, SplittableRandom random) {
                List<Slot> slots = slots(root, (pointer, name) -> name.equals("url"));
                if (slots.isEmpty() || random.nextInt(4) == 0) {
                    ArrayNode links = root.has("links") ? (ArrayNode) root.get("links") : root.putArray("links");
                    return set(links.addObject(), "url", "/links/" + (links.size() - 1) + "/url", draw(random));
                }
                return slots.get(random.nextInt(slots.size())).set(draw(random));
            }
        };

        /** The schema's definition of the form. */
        final String definition;
        private final Function<SplittableRandom, String> draw;

        PlantedField(String definition, Function<SplittableRandom, String> draw) {
            this.definition = definition;
            this.draw = draw;
        }

        /** Draws a value and puts it in a field of the document that requires this form. */
        abstract Planted plant(ObjectNode root, SplittableRandom random);

        /** A value of the kind this field is given. */
        String draw(SplittableRandom random) {
            return draw.apply(random);
        }
    }

    /** A value, and where it went. */
    static final class Planted {
        final String pointer;
        final String value;

        Planted(String pointer, String value) {
            this.pointer = pointer;
            this.value = value;
        }
    }

    /** A string field of the document, by its object and name, and its JSON Pointer. */
    static final class Slot {
        final ObjectNode parent;
        final String name;
        final String pointer;

        Slot(ObjectNode parent, String name, String pointer) {
            this.parent = parent;
            this.name = name;
            this.pointer = pointer;
        }

        Planted set(String value) {
            return JsonSchemaProperties.set(parent, name, pointer, value);
        }
    }

    interface SlotFilter {
        boolean accepts(String pointer, String name);
    }

    /** The fields of the document the filter accepts, depth first, in document order. */
    static List<Slot> slots(JsonNode root, SlotFilter filter) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", filter, slots);
        return slots;
    }

    private static void collect(JsonNode node, String pointer, SlotFilter filter, List<Slot> slots) {
        if (node instanceof ObjectNode) {
            for (String name : node.propertyNames()) {
                String child = pointer + "/" + name;
                if (filter.accepts(child, name)) {
                    slots.add(new Slot((ObjectNode) node, name, child));
                }
                collect(node.get(name), child, filter, slots);
            }
        } else if (node instanceof ArrayNode) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, filter, slots);
            }
        }
    }

    private static Planted set(ObjectNode object, String name, String pointer, String value) {
        object.put(name, value);
        return new Planted(pointer, value);
    }

    private static ArrayNode deadlines(ObjectNode root) {
        return root.has("deadlines") ? (ArrayNode) root.get("deadlines") : root.putArray("deadlines");
    }

    private static boolean selected(String family, int index) {
        return ONLY.isEmpty() || ONLY.equals(family + "#" + index);
    }

    /** The case's own generator: a function of the seed, the family and the index. */
    private static SplittableRandom random(int family, int index) {
        return new SplittableRandom(SEED * 1_000_003L + family * 1_000_000_007L + index);
    }

    /** The schema's errors; a document that is not JSON at all is refused with one. */
    private static List<String> schemaErrors(byte[] document) {
        try {
            TREES.readTree(document);
        } catch (JacksonException notJson) {
            return List.of("not JSON: " + notJson.getOriginalMessage());
        }
        return SCHEMA.validate(new String(document, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                .map(Object::toString).collect(Collectors.toList());
    }

    private static String where(PlantedField field, int index, Planted planted) {
        return "seed " + SEED + ", " + field + " #" + index + ": " + quoted(planted.value) + " at " + planted.pointer;
    }

    /** A value as a Java literal would show it, so that a failure shows spaces and controls. */
    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.chars().forEach(c -> quoted.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf((char) c)
                : String.format(java.util.Locale.ROOT, "\\u%04x", c)));
        return quoted.append('"').toString();
    }
}
