package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Invariant#UNPAIRED_SURROGATE}: no text, id or URI of any model value holds half a
 * character. The oracle for "half a character" is the JDK's UTF-8 encoder, which cannot encode one.
 */
class UnpairedSurrogateTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDateTime START = LocalDateTime.of(2018, 7, 5, 9, 0);
    private static final Organization CUF = Organization.of("cites-unies-france", "Cités Unies France");

    /** Lone and misordered surrogates, each inside otherwise ordinary text. */
    private static final List<String> BROKEN = List.of(
            "Cités \uD800 Unies",        // a high surrogate alone
            "Cités \uDC00 Unies",        // a low surrogate alone
            "Cités Unies \uD83D",        // a high surrogate cut off at the end
            "\uDE00 Cités Unies",        // a low surrogate at the start
            "Cités \uDE00\uD83D Unies",  // a pair in the wrong order
            "Cités \uD83D\uD83D\uDE00"); // a pair preceded by a second high surrogate

    /** Whole characters beyond the basic plane, written as surrogate pairs. */
    private static final List<String> PAIRED = List.of(
            "Fiesta 🎉", "👨‍👩‍👧 familias", "🇲🇽 🇺🇾 🇫🇷", "𝄞 música", "𠀀 CJK B", "\uDBFF\uDFFF");

    /**
     * Every attribute that holds a text, an id or a URI, as {@code Type.attribute}, with a way to
     * build a value whose attribute is the given text, and the path the violation must name.
     */
    private record Attribute(String path, Function<String, Object> build) {}

    private static final Map<String, Attribute> ATTRIBUTES = attributes();

    private static Map<String, Attribute> attributes() {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("Event.id", new Attribute("/id", t -> event().build().withId(t)));
        a.put("Event.title", new Attribute("/title", t -> event().build().withTitle(t)));
        a.put("Event.subtitle", new Attribute("/subtitle", t -> event().subtitle(t).build()));
        a.put("Event.description", new Attribute("/description", t -> event().description(t).build()));
        a.put("Event.statusNote", new Attribute("/statusNote", t -> event().statusNote(t).build()));
        a.put("Event.topics", new Attribute("/topics/1", t -> event().addTopics("Agenda 2030", t).build()));
        a.put("Event.audiences", new Attribute("/audiences/0", t -> event().addAudience(t).build()));
        a.put("Event.objectives", new Attribute("/objectives/0", t -> event().addObjective(t).build()));
        a.put("Event.frameworks", new Attribute("/frameworks/0", t -> event().addFramework(t).build()));
        a.put("Event.methodology", new Attribute("/methodology/0", t -> event().addMethodology(t).build()));
        a.put("Agenda.title", new Attribute("/title", t -> Agenda.empty().withTitle(t)));
        a.put("AgendaBlock.id", new Attribute("/id", t -> block().build().withId(t)));
        a.put("AgendaBlock.label", new Attribute("/label", t -> block().label(t).build()));
        a.put("AgendaBlock.title", new Attribute("/title", t -> block().build().withTitle(t)));
        a.put("AgendaBlock.subtitle", new Attribute("/subtitle", t -> block().subtitle(t).build()));
        a.put("AgendaBlock.objective", new Attribute("/objective", t -> block().objective(t).build()));
        a.put("AgendaBlock.description", new Attribute("/description", t -> block().description(t).build()));
        a.put("AgendaBlock.topics", new Attribute("/topics/0", t -> block().addTopic(t).build()));
        a.put("AgendaBlock.methodology", new Attribute("/methodology/0", t -> block().addMethodology(t).build()));
        a.put("AgendaBlock.room", new Attribute("/room", t -> block().room(t).build()));
        a.put("AgendaBlock.track", new Attribute("/track", t -> block().track(t).build()));
        a.put("AgendaBlock.overflowRooms", new Attribute("/overflowRooms/1", t -> block().addOverflowRooms("Sala B", t).build()));
        a.put("Room.id", new Attribute("/id", t -> Room.of(t, "Sala B")));
        a.put("Room.name", new Attribute("/name", t -> Room.of("sala-b", t)));
        a.put("Room.floor", new Attribute("/floor", t -> Room.of("sala-b", "Sala B").withFloor(t)));
        a.put("Room.accessibility", new Attribute("/accessibility", t -> Room.of("sala-b", "Sala B").withAccessibility(t)));
        a.put("Track.id", new Attribute("/id", t -> Track.of(t, "Eje 1")));
        a.put("Track.name", new Attribute("/name", t -> Track.of("eje-1", t)));
        a.put("Track.description", new Attribute("/description", t -> Track.of("eje-1", "Eje 1").withDescription(t)));
        a.put("AgendaBlock.statusNote", new Attribute("/statusNote", t -> block().statusNote(t).build()));
        a.put("AgendaBlock.notes", new Attribute("/notes/2", t -> block().addNotes("a", "b", t).build()));
        a.put("Person.id", new Attribute("/id", t -> Person.of(t, "Felicia Medina")));
        a.put("Person.name", new Attribute("/name", t -> Person.of("felicia-medina", t)));
        a.put("Person.honorific", new Attribute("/honorific", t -> person().honorific(t).build()));
        a.put("Person.email", new Attribute("/email", t -> person().email(t).build()));
        a.put("Person.phone", new Attribute("/phone", t -> person().phone(t).build()));
        a.put("Person.city", new Attribute("/city", t -> person().city(t).build()));
        a.put("Person.url", new Attribute("/url", t -> person().url(uri(t)).build()));
        a.put("Organization.id", new Attribute("/id", t -> Organization.of(t, "Cités Unies France")));
        a.put("Organization.name", new Attribute("/name", t -> Organization.of("cuf", t)));
        a.put("Organization.acronym", new Attribute("/acronym", t -> CUF.withAcronym(t)));
        a.put("Organization.email", new Attribute("/email", t -> CUF.withEmail(t)));
        a.put("Organization.phone", new Attribute("/phone", t -> CUF.withPhone(t)));
        a.put("Organization.city", new Attribute("/city", t -> CUF.withCity(t)));
        a.put("Organization.url", new Attribute("/url", t -> CUF.withUrl(uri(t))));
        a.put("Position.title", new Attribute("/title", t -> Position.of(t, CUF)));
        a.put("Contact.role", new Attribute("/role", t -> Contact.of(CUF).withRole(t)));
        a.put("Moderator.label", new Attribute("/label", t -> Moderator.moderator(CUF).withLabel(t)));
        a.put("Participant.label", new Attribute("/label", t -> Participant.speaker(CUF).withLabel(t)));
        a.put("DisplayZone.label", new Attribute("/label", t -> DisplayZone.of(PARIS, t)));
        a.put("Link.label", new Attribute("/label", t -> Link.of(URI.create("https://example.org"), t)));
        a.put("Link.url", new Attribute("/url", t -> Link.of(uri(t))));
        a.put("Deadline.subject", new Attribute("/subject", t -> deadline().withSubject(t)));
        a.put("Deadline.wording", new Attribute("/wording", t -> deadline().withWording(t)));
        // An id: no spaces, as for the ids above.
        a.put("Deadline.blockId", new Attribute("/block", t -> deadline().withBlockId(t.replace(' ', '-'))));
        a.put("PostalAddress.street", new Attribute("/street", t -> PostalAddress.builder().street(t).build()));
        a.put("PostalAddress.postalCode",
                new Attribute("/postalCode", t -> PostalAddress.builder().postalCode(t).build()));
        a.put("PostalAddress.locality", new Attribute("/locality", t -> PostalAddress.builder().locality(t).build()));
        a.put("PostalAddress.region", new Attribute("/region", t -> PostalAddress.builder().region(t).build()));
        a.put("Registration.notes", new Attribute("/notes", t -> Registration.builder().notes(t).build()));
        a.put("Registration.url", new Attribute("/url", t -> Registration.builder().url(uri(t)).build()));
        a.put("TransitAccess.station", new Attribute("/station", t -> TransitAccess.of(TransitMode.METRO, t, "1")));
        a.put("TransitAccess.lines",
                new Attribute("/lines/1", t -> TransitAccess.of(TransitMode.METRO, "Hôtel de Ville", "1", t)));
        a.put("Venue.name", new Attribute("/name", t -> Venue.builder().name(t).build()));
        a.put("Venue.room", new Attribute("/room", t -> Venue.builder().name("Alcaldía").room(t).build()));
        a.put("Venue.url", new Attribute("/url", t -> Venue.builder().name("Alcaldía").url(uri(t)).build()));
        a.put("OnlineLocation.platform", new Attribute("/platform", t -> OnlineLocation.builder().platform(t).build()));
        a.put("OnlineLocation.url", new Attribute("/url", t -> OnlineLocation.of(uri(t))));
        a.put("OnlineLocation.meetingId", new Attribute("/meetingId",
                t -> OnlineLocation.builder().platform("Zoom").meetingId(t).build()));
        a.put("OnlineLocation.passcode", new Attribute("/passcode",
                t -> OnlineLocation.builder().platform("Zoom").passcode(t).build()));
        a.put("DialIn.number", new Attribute("/number", t -> DialIn.of(t)));
        a.put("DialIn.pin", new Attribute("/pin", t -> DialIn.builder().number("+54 341 512 2188").pin(t).build()));
        a.put("DialIn.label", new Attribute("/label", t -> DialIn.of("+54 341 512 2188", t)));
        return a;
    }

    /** Attributes whose values are codes from a fixed ASCII list: a surrogate fails their own invariant. */
    private static final Map<String, Invariant> CODES = Map.of(
            "Event.languages", Invariant.INVALID_LANGUAGE_TAG,
            "AgendaBlock.languages", Invariant.INVALID_LANGUAGE_TAG,
            "Person.country", Invariant.INVALID_COUNTRY_CODE,
            "Organization.country", Invariant.INVALID_COUNTRY_CODE,
            "PostalAddress.country", Invariant.INVALID_COUNTRY_CODE,
            "Track.color", Invariant.INVALID_COLOR);

    @Test
    void everyTextIdAndUriAttributeOfTheModel_isCovered() {
        TreeSet<String> declared = new TreeSet<>();
        for (Class<?> type : List.of(Event.class, Agenda.class, AgendaBlock.class, Person.class, Organization.class,
                Position.class, Contact.class, Moderator.class, Participant.class, DisplayZone.class, Link.class,
                Deadline.class, PostalAddress.class, Registration.class, TransitAccess.class, Venue.class,
                OnlineLocation.class, DialIn.class, Room.class, Track.class, Capacity.class, GeoPoint.class, Slot.class,
                DurationOnly.class)) {
            for (Method method : type.getMethods()) {
                String returned = method.getGenericReturnType().getTypeName();
                boolean holdsText = returned.equals("java.lang.String") || returned.equals("java.net.URI")
                        || returned.equals("java.util.Optional<java.lang.String>")
                        || returned.equals("java.util.Optional<java.net.URI>")
                        || returned.equals("java.util.List<java.lang.String>");
                if (holdsText && Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
                    declared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        TreeSet<String> covered = new TreeSet<>(ATTRIBUTES.keySet());
        covered.addAll(CODES.keySet());

        assertThat(covered).isEqualTo(declared);
    }

    static Stream<String> attributeNames() {
        return ATTRIBUTES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("attributeNames")
    void everyTextIdAndUriAttribute_refusesEveryUnpairedSurrogate_atItsPath(String name) {
        Attribute attribute = ATTRIBUTES.get(name);
        for (String value : valuesFor(name, BROKEN, false)) {
            assertViolates(Invariant.UNPAIRED_SURROGATE, attribute.path(), () -> attribute.build().apply(value));
        }
    }

    @ParameterizedTest
    @MethodSource("attributeNames")
    void everyTextIdAndUriAttribute_keepsCharactersWrittenAsSurrogatePairs(String name) {
        Attribute attribute = ATTRIBUTES.get(name);
        for (String value : valuesFor(name, PAIRED, true)) {
            assertThat(attribute.build().apply(value)).as("%s = %s", name, value).isNotNull();
        }
    }

    /**
     * The values to give attribute {@code name}, one for each text: under an {@code https} URL for a
     * URL or URI, with hyphens for spaces for an id, else the text itself. Each is first checked
     * against the oracle: UTF-8 can encode it exactly when {@code encodable}.
     */
    private static List<String> valuesFor(String name, List<String> texts, boolean encodable) {
        List<String> values = new ArrayList<>();
        for (String text : texts) {
            String value = name.endsWith("url") || name.endsWith("uri") ? "https://example.org/" + text.replace(' ', '-')
                    : name.endsWith(".id") ? text.replace(' ', '-') : text;
            assertThat(utf8CanEncode(value)).as("oracle for %s", name).isEqualTo(encodable);
            values.add(value);
        }
        return values;
    }

    @Test
    void codesFromFixedLists_refuseSurrogatesWithTheirOwnInvariant() {
        assertViolates(CODES.get("Event.languages"), "/languages/0", () -> event().addLanguage("es-\uD800").build());
        assertViolates(CODES.get("AgendaBlock.languages"), "/languages/1",
                () -> block().addLanguages("es", "\uDC00pt").build());
        assertViolates(CODES.get("Person.country"), "/country", () -> person().country("M\uD800").build());
        assertViolates(CODES.get("Organization.country"), "/country", () -> CUF.withCountry("\uDC00X"));
        assertViolates(CODES.get("PostalAddress.country"), "/country",
                () -> PostalAddress.builder().country("F\uD800").build());
    }

    @Test
    void pairedSurrogates_areKeptAsGiven() {
        String title = "Año de encuentros 🎉 👨‍👩‍👧 𝄞";
        Event event = event().build().withId("encuentro-🎉").withTitle(title);

        assertThat(event.title()).isEqualTo(title);
        assertThat(event.id()).isEqualTo("encuentro-🎉");
        assertThat(Link.of(URI.create("https://example.org/🎉")).url().toASCIIString())
                .isEqualTo("https://example.org/%F0%9F%8E%89");
    }

    @Test
    void copies_rerunTheCheck() {
        Person felicia = person().build();
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/name", () -> felicia.withName("Felicia \uD800"));
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/id", () -> felicia.withId("felicia\uDC00"));
        assertThat(felicia.name()).isEqualTo("Felicia Medina");
    }

    @Test
    void idsThatDifferOnlyInUnpairedSurrogates_cannotBothExist() {
        // Written as UTF-8 both would become "seminario-?", one iCalendar UID for two events.
        Event event = event().build();
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/id", () -> event.withId("seminario-\uD800"));
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/id", () -> event.withId("seminario-\uD801"));
    }

    @Test
    void blankTextWithASurrogate_isNotBlank_butStillRefused() {
        AgendaBlock block = block().build();
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/title", () -> block.withTitle(" \uD800 "));
        assertViolates(Invariant.BLANK_TEXT, "/title", () -> block.withTitle(" \t "));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2018, 2021})
    void randomTexts_areAcceptedExactlyWhenUtf8CanEncodeThem(long seed) {
        // Pieces drawn to make lone, paired and misordered surrogates all common; two lone halves in
        // a row may happen to make a pair.
        String[] pieces = {"a", "é", "-", "日", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF", "\uDC00"};
        SplittableRandom random = new SplittableRandom(seed);
        int accepted = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder drawn = new StringBuilder();
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                drawn.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = drawn.toString();
            boolean expected = utf8CanEncode(text);
            Throwable name = catchThrowable(() -> Person.of("p", text));
            Throwable id = catchThrowable(() -> Person.of(text, "P"));
            Throwable url = catchThrowable(() -> Link.of(URI.create("https://example.org/" + text)));
            for (Throwable thrown : new Throwable[] {name, id, url}) {
                if (expected) {
                    assertThat(thrown).as("seed %d, text %s", seed, codeUnits(text)).isNull();
                } else {
                    assertThat(thrown).as("seed %d, text %s", seed, codeUnits(text))
                            .isInstanceOfSatisfying(InvariantViolationException.class,
                                    e -> assertThat(e.invariant()).isEqualTo(Invariant.UNPAIRED_SURROGATE));
                }
            }
            accepted += expected ? 1 : 0;
        }
        // Both outcomes are common, so the comparison means something.
        assertThat(accepted).isBetween(400, 1600);
    }

    private static boolean utf8CanEncode(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        return encoder.canEncode(text);
    }

    private static String codeUnits(String text) {
        StringBuilder units = new StringBuilder();
        text.chars().forEach(c -> units.append(String.format(Locale.ROOT, "\\u%04X", c)));
        return units.toString();
    }

    private static URI uri(String text) {
        return URI.create(text);
    }

    private static Event.Builder event() {
        return Event.builder().id("seminario-2018").title("Hacia una acción internacional sostenible")
                .zone(PARIS).start(START);
    }

    private static AgendaBlock.Builder block() {
        return AgendaBlock.builder().id("registro").kind(BlockKind.REGISTRATION).title("Registro");
    }

    private static Person.Builder person() {
        return Person.builder().id("felicia-medina").name("Felicia Medina");
    }

    private static Deadline deadline() {
        return Deadline.before(LocalDate.of(2018, 6, 18), PARIS);
    }
}
