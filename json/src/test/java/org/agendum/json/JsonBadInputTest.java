package org.agendum.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.agendum.core.format.EventFormatException.Kind.ENCODING;
import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.LIMIT;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.SYNTAX;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_REFERENCE;
import static org.agendum.core.format.EventFormatException.Kind.UNSUPPORTED;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of bad documents. Each must be refused with an {@link EventFormatException} &mdash;
 * never another exception, never an event &mdash; that names the exact JSON Pointer of the problem,
 * the invariant's code when an invariant is broken, and the offending name or value.
 *
 * <p>Most documents are the written 2021 seed with one thing changed; the rest are written by hand.
 * Reading limits are probed with lazily generated streams, so that a 100 MB document never exists
 * in memory and the test can count how much of it the reader consumed.
 */
class JsonBadInputTest {

    private static final JsonEventFormat FORMAT = JsonEventFormat.create();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    /** The 2021 seed as written by the format: every mutation starts from a valid document. */
    private static final String SEED = FORMAT.toJson(SeedEvents.gobiernosLocales2021());

    /** The smallest valid document: the required fields and nothing else. */
    private static final String MINIMAL = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"T\",\"zone\":\"UTC\","
            + "\"start\":\"2021-06-11T13:00\",\"agenda\":{}}";

    // ---------------------------------------------------------------------------------------------
    // The corpus: one change to the seed, where the reader must find it, and what it must say.

    @Test
    void theUnchangedSeedAndTheMinimalDocument_areRead() throws EventFormatException {
        assertThat(FORMAT.fromBytes(mutated())).isEqualTo(SeedEvents.gobiernosLocales2021());
        assertThat(FORMAT.fromJson(MINIMAL).id()).isEqualTo("e");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wrongType_isReportedAtTheValue(Bad bad) {
        bad.assertRejected(WRONG_TYPE);
    }

    static Stream<Bad> wrongType_isReportedAtTheValue() {
        return Stream.of(
                seed("topics given as a string", set("/topics", "\"Turismo\""))
                        .at("/topics").naming("array", "Turismo"),
                seed("title given as a number", set("/title", "42")).at("/title").naming("string", "42"),
                seed("block title given as an object", set("/agenda/blocks/0/title", "{\"es\":\"Inauguración\"}"))
                        .at("/agenda/blocks/0/title").naming("string", "object"),
                seed("zone given as null", set("/zone", "null")).at("/zone").naming("null"),
                seed("id given as null", set("/id", "null")).at("/id").naming("null"),
                seed("optional subtitle given as null", set("/subtitle", "null")).at("/subtitle").naming("null"),
                seed("block languages given as a string", set("/agenda/blocks/0/languages", "\"es\""))
                        .at("/agenda/blocks/0/languages").naming("array", "es"),
                seed("a block link given as its URL", set("/agenda/blocks/0/links", "[\"https://example.org/s.pdf\"]"))
                        .at("/agenda/blocks/0/links/0").naming("object"),
                seed("a topic given as null", set("/topics/1", "null")).at("/topics/1").naming("null"),
                seed("agenda given as an array", set("/agenda", "[]")).at("/agenda").naming("object", "array"),
                seed("blocks given as an object", set("/agenda/blocks", "{}"))
                        .at("/agenda/blocks").naming("array", "object"),
                seed("participants given as an object", set("/agenda/blocks/0/participants", "{}"))
                        .at("/agenda/blocks/0/participants").naming("array"),
                seed("a party given as its id", set("/parties/0", "\"mercociudades\""))
                        .at("/parties/0").naming("object", "mercociudades"),
                seed("parties given as an object", set("/parties", "{}")).at("/parties").naming("array"),
                seed("an organizer given as a number", set("/organizers/0", "7"))
                        .at("/organizers/0").naming("string", "7"),
                seed("registration.required given as a string", set("/registration/required", "\"yes\""))
                        .at("/registration/required").naming("yes"),
                seed("maximumDuration given as minutes", set("/maximumDuration", "90"))
                        .at("/maximumDuration").naming("string", "90"),
                seed("timing given as a duration string", set("/agenda/blocks/0/timing", "\"PT15M\""))
                        .at("/agenda/blocks/0/timing").naming("object", "PT15M"),
                seed("capacity given as a boolean", set("/registration/capacity", "true"))
                        .at("/registration/capacity").naming("true"),
                seed("latitude given as a string",
                        set("/venue", "{\"name\":\"Sala\",\"geo\":{\"latitude\":\"48.85\",\"longitude\":2.35}}"))
                        .at("/venue/geo/latitude").naming("number", "48.85"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void missingRequiredField_isReportedAtItsObject(Bad bad) {
        bad.assertRejected(MISSING_FIELD);
    }

    static Stream<Bad> missingRequiredField_isReportedAtItsObject() {
        return Stream.of(
                seed("no formatVersion", remove("/formatVersion")).at("").naming("formatVersion"),
                seed("no id", remove("/id")).at("").naming("'id'"),
                seed("no title", remove("/title")).at("").naming("'title'"),
                seed("no zone", remove("/zone")).at("").naming("'zone'"),
                seed("no start", remove("/start")).at("").naming("'start'"),
                seed("no agenda", remove("/agenda")).at("").naming("'agenda'"),
                seed("a block link without url", set("/agenda/blocks/1/links", "[{\"label\":\"Diapositivas\",\"kind\":\"slides\"}]"))
                        .at("/agenda/blocks/1/links/0").naming("'url'"),
                seed("block without id", remove("/agenda/blocks/1/id")).at("/agenda/blocks/1").naming("'id'"),
                seed("block without kind", remove("/agenda/blocks/1/kind")).at("/agenda/blocks/1").naming("'kind'"),
                seed("block without title", remove("/agenda/blocks/1/title"))
                        .at("/agenda/blocks/1").naming("'title'"),
                seed("child block without id", remove("/agenda/blocks/2/children/0/id"))
                        .at("/agenda/blocks/2/children/0").naming("'id'"),
                seed("timing without start", set("/agenda/blocks/0/timing", "{\"end\":\"13:15\"}"))
                        .at("/agenda/blocks/0/timing").naming("'start'"),
                seed("timing without end", set("/agenda/blocks/0/timing", "{\"start\":\"13:00\"}"))
                        .at("/agenda/blocks/0/timing").naming("'end'"),
                seed("empty timing", set("/agenda/blocks/0/timing", "{}"))
                        .at("/agenda/blocks/0/timing").naming("'start'"),
                seed("party without id", remove("/parties/5/id")).at("/parties/5").naming("'id'"),
                seed("party without type", remove("/parties/3/type")).at("/parties/3").naming("'type'"),
                seed("person without name", remove("/parties/3/name")).at("/parties/3").naming("'name'"),
                seed("organization without name", remove("/parties/0/name")).at("/parties/0").naming("'name'"),
                seed("contact without party", set("/contacts", "[{\"role\":\"Informes\"}]"))
                        .at("/contacts/0").naming("'party'"),
                seed("participant without party", remove("/agenda/blocks/0/participants/1/party"))
                        .at("/agenda/blocks/0/participants/1").naming("'party'"),
                seed("moderator without role", remove("/agenda/blocks/1/moderators/0/role"))
                        .at("/agenda/blocks/1/moderators/0").naming("'role'"),
                seed("deadline without kind", remove("/registration/deadline/kind"))
                        .at("/registration/deadline").naming("'kind'"),
                seed("deadline without zone", remove("/registration/deadline/zone"))
                        .at("/registration/deadline").naming("'zone'"),
                seed("deadline of kind before without date", remove("/registration/deadline/date"))
                        .at("/registration/deadline").naming("'date'"),
                seed("deadline of kind at without dateTime",
                        set("/registration/deadline/kind", "\"at\""), remove("/registration/deadline/date"))
                        .at("/registration/deadline").naming("'dateTime'"),
                seed("display zone without label", remove("/displayZones/1/label"))
                        .at("/displayZones/1").naming("'label'"),
                seed("venue without name", set("/venue", "{\"room\":\"Auditorio\"}")).at("/venue").naming("'name'"),
                seed("transit without station", set("/venue", "{\"name\":\"Alcaldía\",\"transit\":[{\"mode\":\"metro\"}]}"))
                        .at("/venue/transit/0").naming("'station'"),
                seed("link without url", set("/links", "[{\"label\":\"Programa\"}]")).at("/links/0").naming("'url'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unknownField_isReportedAtTheField(Bad bad) {
        bad.assertRejected(UNKNOWN_FIELD);
    }

    static Stream<Bad> unknownField_isReportedAtTheField() {
        return Stream.of(
                seed("at the root", set("/colour", "\"red\"")).at("/colour").naming("'colour'"),
                seed("a misspelt root field", set("/organisers", "[\"mercociudades\"]"))
                        .at("/organisers").naming("'organisers'", "organizers"),
                seed("in the agenda", set("/agenda/notes", "[]")).at("/agenda/notes").naming("'notes'"),
                seed("in a block", set("/agenda/blocks/2/speakers", "[]"))
                        .at("/agenda/blocks/2/speakers").naming("'speakers'"),
                seed("in a child block", set("/agenda/blocks/2/children/0/start", "\"14:00\""))
                        .at("/agenda/blocks/2/children/0/start").naming("'start'"),
                seed("in a party", set("/parties/0/website", "\"https://mercociudades.org\""))
                        .at("/parties/0/website").naming("'website'"),
                seed("a person's field in an organization", set("/parties/0/honorific", "\"Sra.\""))
                        .at("/parties/0/honorific").naming("'honorific'"),
                seed("an organization's field in a person", set("/parties/3/acronym", "\"ALP\""))
                        .at("/parties/3/acronym").naming("'acronym'"),
                seed("in a position", set("/parties/3/positions/0/since", "\"2019\""))
                        .at("/parties/3/positions/0/since").naming("'since'"),
                seed("in a timing", set("/agenda/blocks/0/timing/minutes", "15"))
                        .at("/agenda/blocks/0/timing/minutes").naming("'minutes'"),
                seed("in a block's link", set("/agenda/blocks/0/links", "[{\"url\":\"https://example.org/s\",\"rel\":\"slides\"}]"))
                        .at("/agenda/blocks/0/links/0/rel").naming("'rel'", "kind"),
                seed("a block's language given as one tag", set("/agenda/blocks/0/language", "\"es\""))
                        .at("/agenda/blocks/0/language").naming("'language'", "languages"),
                seed("in a participant", set("/agenda/blocks/0/participants/0/order", "1"))
                        .at("/agenda/blocks/0/participants/0/order").naming("'order'"),
                seed("in a deadline", set("/registration/deadline/time", "\"23:59\""))
                        .at("/registration/deadline/time").naming("'time'"),
                seed("in the registration", set("/registration/seats", "40"))
                        .at("/registration/seats").naming("'seats'"),
                seed("whose name needs escaping in a pointer", set("/a~1b~0c", "1"))
                        .at("/a~1b~0c").naming("'a/b~c'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void partyReference_isResolvedOrReportedAtTheReference(Bad bad) {
        bad.assertRejected(UNKNOWN_REFERENCE);
    }

    static Stream<Bad> partyReference_isResolvedOrReportedAtTheReference() {
        return Stream.of(
                seed("unknown organizer", set("/organizers/1", "\"nadie\"")).at("/organizers/1").naming("'nadie'"),
                seed("unknown partner", set("/partners", "[\"nadie\"]")).at("/partners/0").naming("'nadie'"),
                seed("unknown moderator", set("/agenda/blocks/1/moderators/0/party", "\"nadie\""))
                        .at("/agenda/blocks/1/moderators/0/party").naming("'nadie'"),
                seed("unknown participant", set("/agenda/blocks/0/participants/2/party", "\"nadie\""))
                        .at("/agenda/blocks/0/participants/2/party").naming("'nadie'"),
                seed("unknown contact", set("/contacts", "[{\"party\":\"nadie\"}]"))
                        .at("/contacts/0/party").naming("'nadie'"),
                seed("unknown position organization", set("/parties/3/positions/0/organization", "\"nadie\""))
                        .at("/parties/3/positions/0/organization").naming("'nadie'"),
                seed("unknown parent organization", set("/parties/1/parent", "\"nadie\""))
                        .at("/parties/1/parent").naming("'nadie'"),
                seed("reference in a different case", set("/organizers/0", "\"Mercociudades\""))
                        .at("/organizers/0").naming("'Mercociudades'"),
                seed("position organization that is a person",
                        set("/parties/3/positions/0/organization", "\"marcela-petrantonio\""))
                        .at("/parties/3/positions/0/organization").naming("'marcela-petrantonio'", "person").kind(INVALID_VALUE),
                seed("parent organization that is a person", set("/parties/0/parent", "\"ana-laura-perez\""))
                        .at("/parties/0/parent").naming("'ana-laura-perez'", "person").kind(INVALID_VALUE),
                seed("organization that is its own parent", set("/parties/0/parent", "\"mercociudades\""))
                        .at("/parties/0/parent").naming("'mercociudades'").kind(INVALID_VALUE),
                // sre-dgcp (an organizer) ⊂ sre ⊂ sre-dgcp: found when sre's parent is resolved.
                seed("parent cycle between two organizations", set("/parties/2/parent", "\"sre-dgcp\""))
                        .at("/parties/2/parent").naming("'sre-dgcp'").kind(INVALID_VALUE),
                seed("unused party", append("/parties",
                        "{\"id\":\"invitada\",\"type\":\"person\",\"name\":\"Invitada Especial\"}"))
                        .at("/parties/32").naming("'invitada'").kind(INVALID_VALUE),
                // Without her only role the closing speaker is unused, and so is her organization.
                seed("party left unused by removing its only role", remove("/agenda/blocks/3/participants"))
                        .at("/parties/30").naming("'fabiana-goyeneche'").kind(INVALID_VALUE),
                seed("duplicate party id", set("/parties/4/id", "\"ana-laura-perez\""))
                        .at("/parties/4/id").naming("'ana-laura-perez'", "/parties/3").kind(INVALID_VALUE),
                seed("party of unknown type", set("/parties/0/type", "\"company\""))
                        .at("/parties/0/type").naming("'company'").kind(INVALID_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void brokenInvariant_isReportedWithItsCodeAtTheValuePlusItsPath(Bad bad) {
        bad.assertRejected(INVARIANT);
    }

    static Stream<Bad> brokenInvariant_isReportedWithItsCodeAtTheValuePlusItsPath() {
        return Stream.of(
                seed("blank title", set("/title", "\"   \"")).at("/title").code("BLANK_TEXT").naming("title"),
                seed("empty block title", set("/agenda/blocks/3/title", "\"\""))
                        .at("/agenda/blocks/3/title").code("BLANK_TEXT").naming("title"),
                seed("blank party name", set("/parties/0/name", "\" \""))
                        .at("/parties/0/name").code("BLANK_TEXT").naming("name"),
                seed("blank moderator label", set("/agenda/blocks/1/moderators/0/label", "\"\\t\""))
                        .at("/agenda/blocks/1/moderators/0/label").code("BLANK_TEXT").naming("label"),
                seed("blank deadline wording", set("/registration/deadline/wording", "\" \""))
                        .at("/registration/deadline/wording").code("BLANK_TEXT").naming("wording"),
                seed("empty event id", set("/id", "\"\"")).at("/id").code("INVALID_ID").naming("''"),
                seed("block id with a space", set("/agenda/blocks/1/id", "\"panel 1\""))
                        .at("/agenda/blocks/1/id").code("INVALID_ID").naming("'panel 1'"),
                seed("party id with spaces",
                        set("/parties/31/id", "\"intendencia de montevideo\""),
                        set("/parties/30/positions/0/organization", "\"intendencia de montevideo\""))
                        .at("/parties/31/id").code("INVALID_ID").naming("'intendencia de montevideo'"),
                seed("duplicate top-level block id", set("/agenda/blocks/2/id", "\"panel-1\""))
                        .at("/agenda/blocks/2/id").code("DUPLICATE_BLOCK_ID").naming("'panel-1'", "/blocks/1"),
                seed("duplicate child block id",
                        set("/agenda/blocks/2/children/0/id", "\"panel-1-sesion-de-preguntas-y-respuestas\""))
                        .at("/agenda/blocks/2/children/0/id").code("DUPLICATE_BLOCK_ID")
                        .naming("'panel-1-sesion-de-preguntas-y-respuestas'"),
                // Depth first: the child of panel-1 is met before the closing block that also says "cierre".
                seed("top-level block id already used by a child", set("/agenda/blocks/1/children/0/id", "\"cierre\""))
                        .at("/agenda/blocks/3/id").code("DUPLICATE_BLOCK_ID").naming("'cierre'"),
                seed("zero duration", set("/agenda/blocks/0/timing/duration", "\"PT0S\""))
                        .at("/agenda/blocks/0/timing/duration").code("DURATION_NOT_POSITIVE").naming("PT0S"),
                seed("zero maximum duration", set("/maximumDuration", "\"PT0S\""))
                        .at("/maximumDuration").code("DURATION_NOT_POSITIVE").naming("PT0S"),
                seed("slot that ends before it starts",
                        set("/agenda/blocks/0/timing", "{\"start\":\"13:15\",\"end\":\"13:00\"}"))
                        .at("/agenda/blocks/0/timing/end").code("SLOT_END_NOT_AFTER_START").naming("13:00", "13:15"),
                seed("slot that ends when it starts",
                        set("/agenda/blocks/0/timing", "{\"date\":\"2021-06-11\",\"start\":\"13:00\",\"end\":\"13:00\"}"))
                        .at("/agenda/blocks/0/timing/end").code("SLOT_END_NOT_AFTER_START").naming("13:00"),
                seed("slot across midnight without endsNextDay",
                        set("/agenda/blocks/0/timing", "{\"start\":\"19:30\",\"end\":\"00:30\"}"))
                        .at("/agenda/blocks/0/timing/end").code("SLOT_END_NOT_AFTER_START")
                        .naming("00:30", "19:30", "endsNextDay"),
                seed("typo 14:00 to 13:00 without endsNextDay",
                        set("/agenda/blocks/0/timing", "{\"start\":\"14:00\",\"end\":\"13:00\"}"))
                        .at("/agenda/blocks/0/timing/end").code("SLOT_END_NOT_AFTER_START").naming("13:00", "endsNextDay"),
                seed("slot to the next day longer than a day",
                        set("/agenda/blocks/0/timing", "{\"start\":\"13:00\",\"end\":\"13:15\",\"endsNextDay\":true}"))
                        .at("/agenda/blocks/0/timing/end").code("SLOT_LONGER_THAN_A_DAY").naming("13:00", "13:15"),
                seed("event that ends before it starts", set("/end", "\"2021-06-11T12:00\""))
                        .at("/end").code("EVENT_END_NOT_AFTER_START").naming("2021-06-11T12:00"),
                seed("top-level block without timing", remove("/agenda/blocks/3/timing"))
                        .at("/agenda/blocks/3/timing").code("BLOCK_TIMING_MISSING").naming("'Cierre'"),
                seed("country that is a name", set("/parties/2/country", "\"Mexico\""))
                        .at("/parties/2/country").code("INVALID_COUNTRY_CODE").naming("'Mexico'"),
                seed("country in lower case", set("/parties/3/country", "\"mx\""))
                        .at("/parties/3/country").code("INVALID_COUNTRY_CODE").naming("'mx'"),
                seed("country of an address", set("/venue", "{\"name\":\"Sala\",\"address\":{\"country\":\"FRA\"}}"))
                        .at("/venue/address/country").code("INVALID_COUNTRY_CODE").naming("'FRA'"),
                seed("malformed language tag", set("/languages/0", "\"es_MX\""))
                        .at("/languages/0").code("INVALID_LANGUAGE_TAG").naming("'es_MX'"),
                seed("malformed block language tag", set("/agenda/blocks/1/languages", "[\"es\", \"pt_BR\"]"))
                        .at("/agenda/blocks/1/languages/1").code("INVALID_LANGUAGE_TAG").naming("'pt_BR'"),
                seed("empty language tag of a child block", set("/agenda/blocks/1/children/0/languages", "[\"\"]"))
                        .at("/agenda/blocks/1/children/0/languages/0").code("INVALID_LANGUAGE_TAG").naming("''"),
                seed("blank block subtitle", set("/agenda/blocks/2/subtitle", "\" \""))
                        .at("/agenda/blocks/2/subtitle").code("BLANK_TEXT").naming("subtitle"),
                seed("relative block link", set("/agenda/blocks/0/links",
                        "[{\"url\":\"https://example.org/a.pdf\"},{\"url\":\"b.pdf\",\"kind\":\"slides\"}]"))
                        .at("/agenda/blocks/0/links/1/url").code("RELATIVE_URI").naming("'b.pdf'"),
                seed("blank block link label", set("/agenda/blocks/0/links", "[{\"url\":\"https://example.org/a\",\"label\":\"\"}]"))
                        .at("/agenda/blocks/0/links/0/label").code("BLANK_TEXT").naming("label"),
                seed("the same display zone twice", set("/displayZones/1/zone", "\"America/Montevideo\""))
                        .at("/displayZones/1").code("DUPLICATE_DISPLAY_ZONE").naming("America/Montevideo"),
                seed("latitude out of range",
                        set("/venue", "{\"name\":\"Sala\",\"geo\":{\"latitude\":91,\"longitude\":2.35}}"))
                        .at("/venue/geo/latitude").code("GEO_OUT_OF_RANGE").naming("latitude", "91"),
                seed("empty address", set("/venue", "{\"name\":\"Sala\",\"address\":{}}"))
                        .at("/venue/address").code("EMPTY_VALUE").naming("address"),
                seed("empty online location", set("/onlineLocation", "{}"))
                        .at("/onlineLocation").code("EMPTY_VALUE").naming("online location"),
                seed("relative registration URL", set("/registration/url", "\"inscripcion.html\""))
                        .at("/registration/url").code("RELATIVE_URI").naming("'inscripcion.html'"),
                seed("relative link", set("/links", "[{\"url\":\"programa.pdf\",\"label\":\"Programa\"}]"))
                        .at("/links/0/url").code("RELATIVE_URI").naming("'programa.pdf'"),
                seed("relative party URL", set("/parties/0/url", "\"mercociudades.org\""))
                        .at("/parties/0/url").code("RELATIVE_URI").naming("'mercociudades.org'"),
                seed("deadline in year 0", set("/registration/deadline/date", "\"0000-12-31\""))
                        .at("/registration/deadline/date").code("DATE_OUT_OF_RANGE").naming("9999"),
                // Escapes of half a character: the only way into a document, as UTF-8 cannot encode one.
                seed("lone high surrogate in the title", set("/title", "\"Gobiernos \\ud800 locales\""))
                        .at("/title").code("UNPAIRED_SURROGATE").naming("title", "U+D800"),
                seed("lone low surrogate in a topic", set("/topics/1", "\"\\udc00 Turismo\""))
                        .at("/topics/1").code("UNPAIRED_SURROGATE").naming("topics entry 1", "U+DC00"),
                seed("surrogates in the wrong order in a party name", set("/parties/0/name", "\"Merco\\ude00\\ud83d\""))
                        .at("/parties/0/name").code("UNPAIRED_SURROGATE").naming("name", "U+DE00"),
                seed("high surrogate cut off at the end of a block description",
                        set("/agenda/blocks/1/description", "\"Panel \\ud83d\""))
                        .at("/agenda/blocks/1/description").code("UNPAIRED_SURROGATE").naming("description"),
                seed("lone surrogate in a party id",
                        set("/parties/31/id", "\"montevideo-\\ud800\""),
                        set("/parties/30/positions/0/organization", "\"montevideo-\\ud800\""))
                        .at("/parties/31/id").code("UNPAIRED_SURROGATE").naming("id"),
                seed("lone surrogate in a link", set("/links", "[{\"url\":\"https://example.org/\\udfff\"}]"))
                        .at("/links/0/url").code("UNPAIRED_SURROGATE").naming("url", "U+DFFF"),
                seed("lone surrogate in a street", set("/venue", "{\"name\":\"Sala\",\"address\":{\"street\":\"\\udbff\"}}"))
                        .at("/venue/address/street").code("UNPAIRED_SURROGATE").naming("street", "U+DBFF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void malformedValue_isReportedAtTheValue(Bad bad) {
        bad.assertRejected(INVALID_VALUE);
    }

    static Stream<Bad> malformedValue_isReportedAtTheValue() {
        return Stream.of(
                seed("unknown zone id", set("/zone", "\"Mars/Olympus\"")).at("/zone").naming("'Mars/Olympus'"),
                seed("empty zone id", set("/zone", "\"\"")).at("/zone").naming("''"),
                seed("zone with an impossible offset", set("/zone", "\"GMT+25\""))
                        .at("/zone").naming("'GMT+25'"),
                seed("unknown display zone", set("/displayZones/1/zone", "\"Mars/Olympus\""))
                        .at("/displayZones/1/zone").naming("'Mars/Olympus'"),
                seed("unknown deadline zone", set("/registration/deadline/zone", "\"America/Atlantis\""))
                        .at("/registration/deadline/zone").naming("'America/Atlantis'"),
                seed("duration in words", set("/agenda/blocks/0/timing/duration", "\"15 minutes\""))
                        .at("/agenda/blocks/0/timing/duration").naming("'15 minutes'", "ISO-8601"),
                seed("maximum duration as a clock time", set("/maximumDuration", "\"1:30\""))
                        .at("/maximumDuration").naming("'1:30'"),
                seed("hour 25", set("/agenda/blocks/0/timing", "{\"start\":\"25:00\",\"end\":\"26:00\"}"))
                        .at("/agenda/blocks/0/timing/start").naming("'25:00'"),
                seed("time with a zone offset", set("/agenda/blocks/0/timing", "{\"start\":\"13:00\",\"end\":\"13:15-03:00\"}"))
                        .at("/agenda/blocks/0/timing/end").naming("'13:15-03:00'"),
                seed("30 February", set("/registration/deadline/date", "\"2021-02-30\""))
                        .at("/registration/deadline/date").naming("'2021-02-30'"),
                seed("slot on 31 June",
                        set("/agenda/blocks/0/timing", "{\"date\":\"2021-06-31\",\"start\":\"13:00\",\"end\":\"13:15\"}"))
                        .at("/agenda/blocks/0/timing/date").naming("'2021-06-31'"),
                seed("start with a space for a T", set("/start", "\"2021-06-11 13:00\""))
                        .at("/start").naming("'2021-06-11 13:00'"),
                seed("start without a time", set("/start", "\"2021-06-11\"")).at("/start").naming("'2021-06-11'"),
                seed("end with an offset", set("/end", "\"2021-06-11T14:30-03:00\""))
                        .at("/end").naming("'2021-06-11T14:30-03:00'"),
                seed("timing with both a duration and a start",
                        set("/agenda/blocks/0/timing", "{\"duration\":\"PT15M\",\"start\":\"13:00\"}"))
                        .at("/agenda/blocks/0/timing/start").naming("duration").kind(UNKNOWN_FIELD),
                seed("timing with both a duration and an end",
                        set("/agenda/blocks/0/timing", "{\"duration\":\"PT15M\",\"end\":\"13:15\"}"))
                        .at("/agenda/blocks/0/timing/end").naming("duration").kind(UNKNOWN_FIELD),
                seed("duration with endsNextDay",
                        set("/agenda/blocks/0/timing", "{\"duration\":\"PT15M\",\"endsNextDay\":true}"))
                        .at("/agenda/blocks/0/timing/endsNextDay").naming("duration").kind(UNKNOWN_FIELD),
                seed("24:00 with endsNextDay false",
                        set("/agenda/blocks/0/timing", "{\"start\":\"23:00\",\"end\":\"24:00\",\"endsNextDay\":false}"))
                        .at("/agenda/blocks/0/timing/endsNextDay").naming("'24:00'", "endsNextDay"),
                seed("24:00 as a start",
                        set("/agenda/blocks/0/timing", "{\"start\":\"24:00\",\"end\":\"01:00\",\"endsNextDay\":true}"))
                        .at("/agenda/blocks/0/timing/start").naming("'24:00'"),
                seed("24:30 as an end", set("/agenda/blocks/0/timing", "{\"start\":\"23:00\",\"end\":\"24:30\"}"))
                        .at("/agenda/blocks/0/timing/end").naming("'24:30'", "24:00"),
                seed("endsNextDay as a string",
                        set("/agenda/blocks/0/timing", "{\"start\":\"23:00\",\"end\":\"01:00\",\"endsNextDay\":\"true\"}"))
                        .at("/agenda/blocks/0/timing/endsNextDay").kind(WRONG_TYPE),
                seed("duration with a date",
                        set("/agenda/blocks/0/timing", "{\"date\":\"2021-06-11\",\"duration\":\"PT15M\"}"))
                        .at("/agenda/blocks/0/timing/date").naming("duration").kind(UNKNOWN_FIELD),
                seed("deadline of kind at with a date", set("/registration/deadline/kind", "\"at\""))
                        .at("/registration/deadline/date").naming("\"at\"", "date").kind(UNKNOWN_FIELD),
                seed("deadline of kind before with a dateTime",
                        set("/registration/deadline/dateTime", "\"2021-06-08T23:59\""))
                        .at("/registration/deadline/dateTime").naming("\"before\"", "dateTime").kind(UNKNOWN_FIELD),
                seed("capacity given as \"unlimited\"", set("/registration/capacity", "\"unlimited\""))
                        .at("/registration/capacity").naming("unlimited", "limited"),
                seed("capacity with a fraction", set("/registration/capacity", "1.5"))
                        .at("/registration/capacity").naming("1.5"),
                seed("capacity beyond an int", set("/registration/capacity", "3000000000"))
                        .at("/registration/capacity").naming("3000000000"),
                seed("URL that is not a URI", set("/registration/url", "\"https://forms gle/x\""))
                        .at("/registration/url").naming("'https://forms gle/x'"),
                seed("unknown block kind", set("/agenda/blocks/0/kind", "\"keynote-speech\""))
                        .at("/agenda/blocks/0/kind").naming("'keynote-speech'", "\"keynote\""),
                seed("block kind spelt as the Java constant",
                        set("/agenda/blocks/1/children/0/kind", "\"QUESTIONS_AND_ANSWERS\""))
                        .at("/agenda/blocks/1/children/0/kind").naming("'QUESTIONS_AND_ANSWERS'",
                                "\"questions-and-answers\""),
                seed("unknown link kind", set("/links", "[{\"url\":\"https://example.org/s.pdf\",\"kind\":\"deck\"}]"))
                        .at("/links/0/kind").naming("'deck'", "\"slides\""),
                seed("unknown kind of a block's link",
                        set("/agenda/blocks/1/links", "[{\"url\":\"https://example.org/r\",\"kind\":\"RECORDING\"}]"))
                        .at("/agenda/blocks/1/links/0/kind").naming("'RECORDING'", "\"recording\""),
                seed("unknown participant role", set("/agenda/blocks/0/participants/0/role", "\"boss\""))
                        .at("/agenda/blocks/0/participants/0/role").naming("'boss'", "\"speaker\""),
                seed("participant role given to a moderator", set("/agenda/blocks/1/moderators/0/role", "\"panelist\""))
                        .at("/agenda/blocks/1/moderators/0/role").naming("'panelist'", "\"facilitator\""),
                seed("status in capitals", set("/status", "\"SCHEDULED\"")).at("/status").naming("'SCHEDULED'"),
                seed("unknown attendance mode", set("/attendanceMode", "\"hybrid\""))
                        .at("/attendanceMode").naming("'hybrid'", "\"mixed\""),
                seed("unknown agenda status", set("/agenda/status", "\"draft\"")).at("/agenda/status").naming("'draft'"),
                seed("unknown deadline kind", set("/registration/deadline/kind", "\"by\""))
                        .at("/registration/deadline/kind").naming("'by'"),
                seed("position with neither title nor organization", set("/parties/3/positions/0", "{}"))
                        .at("/parties/3/positions/0").naming("title", "organization").kind(MISSING_FIELD));
    }

    /** The version is quoted as the document spells it: a scalar as written, anything else as what it is. */
    @ParameterizedTest(name = "formatVersion {0}")
    @MethodSource
    void unsupportedFormatVersion_isReportedAtTheVersion(String version, String quoted) {
        String document = SEED.replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": " + version + ",");
        EventFormatException e = rejection(document.getBytes(UTF_8), UNSUPPORTED, "/formatVersion");
        assertThat(problemOf(e)).isEqualTo("unsupported format version " + quoted + "; this reader reads version 1");
    }

    static Stream<Arguments> unsupportedFormatVersion_isReportedAtTheVersion() {
        return Stream.of(Arguments.of("2", "2"), Arguments.of("0", "0"), Arguments.of("-1", "-1"),
                Arguments.of("\"1\"", "\"1\""), Arguments.of("1.5", "1.5"), Arguments.of("1e0", "1e0"),
                Arguments.of("1.0", "1.0"), Arguments.of("null", "null"), Arguments.of("true", "true"),
                Arguments.of("[1]", "an array"), Arguments.of("{\"major\": 1}", "an object"),
                Arguments.of("100000000000000000000", "100000000000000000000"),
                Arguments.of("\"" + "1".repeat(100) + "\"", "\"" + "1".repeat(60) + "…\""));
    }

    /**
     * A document of a later version is refused for its version, not for the first field the later
     * version added: that is the message a user can act on.
     */
    @Test
    void laterFormatVersion_isReportedForItsVersionBeforeItsNewFields() {
        seed("a version 2 document", set("/formatVersion", "2"), set("/sessions", "[]"))
                .at("/formatVersion").naming("version", "2").assertRejected(UNSUPPORTED);
    }

    @Test
    void capacityOfZeroOrFewerSeats_breaksItsInvariant() {
        for (String seats : List.of("0", "-40")) {
            EventFormatException e = rejection(mutated(set("/registration/capacity", seats)));
            assertThat(e.kind()).isEqualTo(INVARIANT);
            assertThat(e.code()).contains("CAPACITY_NOT_POSITIVE");
            assertThat(e.pointer()).get().asString().startsWith("/registration/capacity");
            assertThat(problemOf(e)).contains(seats);
        }
    }

    /** The capacity is a bare number in JSON: the model's "/seats" has no place in the document. */
    @Test
    void capacityOfZeroSeats_isReportedAtTheCapacity() {
        seed("capacity 0", set("/registration/capacity", "0"))
                .at("/registration/capacity").code("CAPACITY_NOT_POSITIVE").naming("0").assertRejected(INVARIANT);
    }

    /**
     * Every invariant holds, yet the agenda's 90 minutes run past 31 December 999999999: the event
     * cannot be placed on the time-line, which is what DATE_OUT_OF_RANGE is for.
     */
    @Test
    void agendaThatRunsPastTheLastYear_isRefused() {
        EventFormatException e = rejection(mutated(set("/start", "\"9999-12-31T23:00\""), remove("/end"),
                remove("/maximumDuration"), remove("/registration")), INVARIANT, "/agenda");
        assertThat(e.code()).contains("DATE_OUT_OF_RANGE");
    }

    @Test
    void signedOrLowerCaseSpellings_areNotTheFormatsSpelling() {
        for (String duration : new String[] {"PT-5M", "-PT5M", "pt15m", "PT900,0S"}) {
            EventFormatException e = rejection(mutated(set("/agenda/blocks/0/timing/duration", "\"" + duration + "\"")),
                    INVALID_VALUE, "/agenda/blocks/0/timing/duration");
            assertThat(e.code()).isEmpty();
        }
        for (String start : new String[] {"+999999999-12-31T23:00", "2021-06-11t13:00", "2021-06-11T13:00:00."}) {
            assertThat(rejection(mutated(set("/start", "\"" + start + "\""))).pointer()).contains("/start");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Documents that are not a JSON object, or not JSON at all.

    @Test
    void emptyInput_isReportedAtTheRoot() {
        for (String blank : List.of("", " ", "\n", " \t\r\n ")) {
            EventFormatException e = rejection(blank.getBytes(UTF_8), SYNTAX, "");
            assertThat(problemOf(e)).contains("empty");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"formatVersion\":1}]", "42", "-0.5", "\"event\"", "true", "null"})
    void rootThatIsNotAnObject_isReportedAtTheRoot(String root) {
        EventFormatException e = rejection(root.getBytes(UTF_8), WRONG_TYPE, "");
        assertThat(problemOf(e)).contains("object");
    }

    @Test
    void seedInsideAnArray_isReportedAtTheRoot() {
        EventFormatException e = rejection(("[" + SEED + "]").getBytes(UTF_8), WRONG_TYPE, "");
        assertThat(problemOf(e)).contains("object", "array");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "x", "]", "}", "null", "\"more\"", "1"})
    void contentAfterTheRootObject_isASyntaxError(String trailing) {
        String document = SEED + trailing;
        EventFormatException e = rejection(document.getBytes(UTF_8), SYNTAX, "");
        assertThat(problemOf(e)).contains("line " + lines(document));
    }

    /** Syntax errors carry the pointer of where the parser stopped: the member or element it was in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void syntaxError_isReportedWhereTheParserStopped(String document, String pointer) {
        EventFormatException e = rejection(document.getBytes(UTF_8), SYNTAX, pointer);
        assertThat(problemOf(e)).contains("line 1, column ");
        assertThat(e.getCause()).isNotNull();
    }

    static Stream<Arguments> syntaxError_isReportedWhereTheParserStopped() {
        return Stream.of(
                Arguments.of("{\"formatVersion\":1,}", "/formatVersion"),
                Arguments.of("{'formatVersion':1}", ""),
                Arguments.of("{formatVersion:1}", ""),
                Arguments.of("{\"formatVersion\":01}", "/formatVersion"),
                Arguments.of("{\"formatVersion\":1 \"id\":\"e\"}", "/formatVersion"),
                Arguments.of("{\"formatVersion\":1,\"id\":\"e\" // a comment\n}", "/id"),
                Arguments.of("{\"formatVersion\":NaN}", "/formatVersion"),
                Arguments.of("{\"formatVersion\":1,\"title\":\"a\\qb\"}", "/title"),
                Arguments.of("{\"formatVersion\":1,\"title\":\"tab\tinside\"}", "/title"),
                Arguments.of("{\"formatVersion\":1]", "/formatVersion"),
                Arguments.of("{\"formatVersion\":1}}", ""),
                Arguments.of("{\"topics\":[\"a\",\"b\",x]}", "/topics/2"),
                Arguments.of("{\"agenda\":{\"blocks\":[{\"id\":\"a\"},{\"id\":\"b\",}]}}", "/agenda/blocks/1/id"));
    }

    /** A member repeated right after the first of its name: refused at the repeat, on the repeat's line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void duplicateKey_isReportedAtTheDuplicatedMember(String where, String first, String repeated, String pointer,
            String name) {
        String document = SEED.replace(first + ",", first + ", " + repeated + ",");
        EventFormatException e = rejection(document.getBytes(UTF_8), SYNTAX, pointer);
        assertThat(problemOf(e)).contains(name, "line " + lineOf(document, repeated));
    }

    static Stream<Arguments> duplicateKey_isReportedAtTheDuplicatedMember() {
        return Stream.of(
                Arguments.of("at the root", "\"kind\": \"seminar\"", "\"kind\": \"conference\"", "/kind", "\"kind\""),
                Arguments.of("in a block", "\"title\": \"Inauguración\"", "\"title\": \"Apertura\"",
                        "/agenda/blocks/0/title", "\"title\""));
    }

    // ---------------------------------------------------------------------------------------------
    // Bytes that are not UTF-8.

    /** Ill-formed UTF-8 (RFC 3629 §3) the reader refuses, each put inside the seed's title. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ff",       // never a UTF-8 byte
        "fe",
        "80",       // a continuation byte with no lead
        "c3",       // a lead byte followed by the closing quote
        "c328",     // a lead byte followed by ASCII
        "e282",     // a three-byte sequence cut short
        "eda080",   // U+D800, a surrogate
        "f8888080", // a five-byte form, removed from UTF-8
        "e9"})      // Latin-1 é
    void illFormedUtf8InAString_isASyntaxError(String hex) {
        assertRefusedAsNotUtf8InTheTitle(withBytesInTitle(HexFormat.of().parseHex(hex)));
    }

    /** These decode to characters the bytes do not encode: "/" from C0 AF is the classic path-traversal trick. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "c0af",     // overlong "/"
        "c080",     // overlong U+0000
        "e080af",   // overlong "/" in three bytes
        "f08080af", // overlong "/" in four bytes
        "f4908080", // U+110000, beyond Unicode
        "f5808080"})// a lead byte that cannot occur
    void overlongOrOutOfRangeUtf8InAString_isASyntaxError(String hex) {
        assertRefusedAsNotUtf8InTheTitle(withBytesInTitle(HexFormat.of().parseHex(hex)));
    }

    @Test
    void latin1Document_isASyntaxError() {
        // The first character outside ASCII is the "ó" of the title.
        assertRefusedAsNotUtf8InTheTitle(SEED.getBytes(ISO_8859_1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void documentInAnotherUnicodeEncoding_isRefusedAsNotUtf8(String charset) {
        // Java's "UTF-16" writes a byte-order mark; the others do not.
        for (String document : List.of(SEED, MINIMAL)) {
            EventFormatException e = rejection(document.getBytes(Charset.forName(charset)), ENCODING, "");
            assertThat(problemOf(e)).contains("UTF-8");
        }
    }

    @Test
    void utf16ByteOrderMarkBeforeUtf8Text_isRefusedAsNotUtf8() {
        byte[] document = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, MINIMAL.getBytes(UTF_8));
        EventFormatException e = rejection(document);
        assertThat(e.kind()).isEqualTo(ENCODING);
        assertThat(problemOf(e)).contains("UTF-8");
    }

    // ---------------------------------------------------------------------------------------------
    // Truncated and mangled documents: a format exception, never anything else.

    @Test
    void everyPrefixOfTheCompactSeed_isRefused() {
        byte[] document = FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toBytes(SeedEvents.gobiernosLocales2021());
        JsonNode full = TREES.readTree(document);
        List<String> wrong = new ArrayList<>();
        for (int length = 0; length < document.length; length++) {
            checkRefused(Arrays.copyOf(document, length), full, "prefix of " + length + " bytes", wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void prettySeedsCutAtManyOffsets_areRefused() {
        List<String> wrong = new ArrayList<>();
        for (Event event : SeedEvents.all()) {
            byte[] document = FORMAT.toBytes(event);
            JsonNode full = TREES.readTree(document);
            for (int length = 0; length < document.length - 1; length++) {
                // Every 13th offset, and every offset inside or just after a multi-byte character.
                boolean multiByte = (document[length] & 0x80) != 0 || (length > 0 && (document[length - 1] & 0x80) != 0);
                if (length % 13 == 0 || multiByte) {
                    checkRefused(Arrays.copyOf(document, length), full, event.id() + " cut at " + length, wrong);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Seeded random edits (replace, delete, insert a byte; repeat a span): the reader returns an event
     * or throws {@link EventFormatException}, nothing else. The seed is printed with any failure.
     */
    @Test
    void randomlyMangledDocuments_giveAnEventOrAFormatException() {
        long seed = 20210611L;
        Random random = new Random(seed);
        byte[] alphabet = "{}[]\":,0123456789.-+eE tfnul\\/az\u00e9".getBytes(UTF_8);
        List<byte[]> originals = new ArrayList<>();
        for (Event event : SeedEvents.all()) {
            originals.add(FORMAT.withLayout(JsonEventFormat.Layout.COMPACT).toBytes(event));
        }
        List<String> wrong = new ArrayList<>();
        for (int iteration = 0; iteration < 1500; iteration++) {
            byte[] document = originals.get(iteration % originals.size()).clone();
            for (int edit = random.nextInt(3); edit >= 0; edit--) {
                document = mangle(document, random, alphabet);
            }
            try {
                FORMAT.read(new ByteArrayInputStream(document));
            } catch (EventFormatException e) {
                if (e.pointer().isEmpty()) {
                    wrong.add("seed " + seed + ", iteration " + iteration + ": no pointer in " + e);
                }
            } catch (Throwable t) {
                wrong.add("seed " + seed + ", iteration " + iteration + ": " + t + "\n" + new String(document, UTF_8));
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Reading limits: hostile documents fail fast, before they are read to the end.

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void hostileDocument_isRefusedForTheLimitItBreaks(Hostile hostile) {
        hostile.assertRefused();
    }

    static Stream<Hostile> hostileDocument_isRefusedForTheLimitItBreaks() {
        String stringTooLong = "a string longer than the 1,048,576 characters";
        String numberTooLong = "a number longer than the " + JsonEventFormat.MAX_NUMBER_LENGTH + " characters";
        String tooDeep = "arrays and objects nested deeper than the nesting depth of " + JsonEventFormat.MAX_NESTING_DEPTH;
        long fourStrings = 4L * JsonEventFormat.MAX_STRING_LENGTH;
        String head = "{\"formatVersion\":1,\"id\":\"e\",";
        return Stream.of(
                hostile("a 100 MB string", MeteredInput.of("{\"formatVersion\":1,\"id\":\"", 100L << 20, 'a', "\"}"),
                        stringTooLong).at("/id").readingLessThan(fourStrings),
                hostile("a 100 MB field name", MeteredInput.of("{\"formatVersion\":1,\"", 100L << 20, 'k', "\":1}"),
                        String.format(Locale.ROOT, "a field name longer than the %,d characters",
                                JsonEventFormat.MAX_STRING_LENGTH)).readingLessThan(fourStrings),
                // It was "String value length (…) exceeds…" at the document root.
                hostile("a 100 MB number", MeteredInput.of("{\"formatVersion\":1", 100L << 20, '0', "}"), numberTooLong)
                        .at("/formatVersion").readingLessThan(fourStrings),
                // Jackson reads a number as it meets it, and counts its digits against the strings' limit.
                hostile("a 2,000,000-digit title", MeteredInput.of(head + "\"title\":", 2_000_000, '7', "}"),
                        numberTooLong).at("/title"),
                hostile("a 2,000,000-digit topic", MeteredInput.of(head + "\"topics\":[", 2_000_000, '7', "]}"),
                        numberTooLong).at("/topics/0"),
                // After a string, which the parser has read, the number is still the number.
                hostile("a 2,000,000-digit topic after a string",
                        MeteredInput.of(head + "\"topics\":[\"Turismo\",", 2_000_000, '7', "]}"), numberTooLong)
                        .at("/topics/1"),
                hostile("a 2,000,000-digit duration", MeteredInput.of(
                        head + "\"agenda\":{\"blocks\":[{\"id\":\"b\",\"timing\":{\"duration\":", 2_000_000, '7', "}}]}}"),
                        numberTooLong).at("/agenda/blocks/0/timing/duration"),
                hostile("a 2,000,000-digit negative latitude", MeteredInput.of(
                        head + "\"venue\":{\"name\":\"Sala\",\"geo\":{\"latitude\":-", 2_000_000, '7', "}}}"),
                        numberTooLong).at("/venue/geo/latitude"),
                // One digit beyond the numbers' own limit.
                hostile("a latitude of one digit too many", MeteredInput.of(
                        head + "\"venue\":{\"name\":\"Sala\",\"geo\":{\"latitude\":", JsonEventFormat.MAX_NUMBER_LENGTH + 1,
                        '7', ",\"longitude\":0}}}"), numberTooLong).at("/venue/geo/latitude"),
                // Digits in a string are a string: too long for the strings' limit, not the numbers'.
                hostile("a 2 MB string of digits after a string",
                        MeteredInput.of("{\"formatVersion\":1,\"topics\":[\"Turismo\",\"", 2L << 20, '7', "\"]}"),
                        stringTooLong).at("/topics/1"),
                hostile("a 2 MB title", MeteredInput.of("{\"formatVersion\":1,\"title\":\"", 2L << 20, 'a', "\"}"),
                        stringTooLong).at("/title"),
                hostile("100,000 nested arrays", MeteredInput.of("", 100_000, '[', ""), tooDeep)
                        .readingLessThan(64 * 1024),
                hostile("100,000 nested objects", MeteredInput.repeating("{\"children\":", 100_000), tooDeep)
                        .readingLessThan(64 * 1024),
                hostile("100,000 nested arrays inside an event",
                        MeteredInput.of("{\"formatVersion\":1,\"topics\":", 100_000, '[', ""), tooDeep)
                        .readingLessThan(64 * 1024),
                // Whitespace: nothing is kept in memory, so only the document limit can stop it.
                hostile("100 MB of whitespace", MeteredInput.of("{\"formatVersion\":1,", 100L << 20, ' ', "}"),
                        String.format(Locale.ROOT, "a document longer than the %,d bytes", JsonEventFormat.MAX_DOCUMENT_BYTES))
                        .readingLessThan(JsonEventFormat.MAX_DOCUMENT_BYTES + (1 << 20)));
    }

    @Test
    void nestingAtTheDepthLimit_isParsedAndReportedAsAWrongType() {
        // The root object and the topics array are two levels; 98 more arrays reach the limit exactly.
        int depth = JsonEventFormat.MAX_NESTING_DEPTH;
        String atLimit = MINIMAL.replace("\"zone\"", "\"topics\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + ",\"zone\"");
        rejection(atLimit.getBytes(UTF_8), WRONG_TYPE, "/topics/0");

        String beyond = MINIMAL.replace("\"zone\"", "\"topics\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"zone\"");
        EventFormatException tooDeep = rejection(beyond.getBytes(UTF_8));
        assertThat(tooDeep.kind()).isEqualTo(LIMIT);
        assertThat(problemOf(tooDeep)).containsIgnoringCase("depth");
    }

    @Test
    void documentsOnTheSafeSideOfTheLimits_areRead() throws EventFormatException {
        Event seed = SeedEvents.gobiernosLocales2021();
        for (int length : new int[] {50_000, JsonEventFormat.MAX_STRING_LENGTH}) {
            String description = "Concepto ".repeat(length / 9 + 1).substring(0, length - 1) + ".";
            Event withLongDescription = seed.withDescription(description);
            assertThat(FORMAT.fromBytes(FORMAT.toBytes(withLongDescription))).isEqualTo(withLongDescription);
        }
    }

    @Test
    void blocksNestedThirtyLevelsDeep_areRead() throws EventFormatException {
        int levels = 30;
        StringBuilder document = new StringBuilder(MINIMAL.substring(0, MINIMAL.length() - "{}}".length()))
                .append("{\"blocks\":[");
        for (int level = 0; level < levels; level++) {
            document.append("{\"id\":\"b").append(level).append("\",\"kind\":\"talk\",\"title\":\"Nivel ").append(level)
                    .append('"').append(level == 0 ? ",\"timing\":{\"duration\":\"PT1H\"}" : "")
                    .append(",\"participants\":[{\"party\":\"p\",\"role\":\"speaker\"}]")
                    .append(level < levels - 1 ? ",\"children\":[" : "");
        }
        for (int level = levels - 1; level >= 0; level--) {
            document.append(level < levels - 1 ? "]}" : "}");
        }
        document.append("]},\"parties\":[{\"id\":\"p\",\"type\":\"person\",\"name\":\"Ponente\"}]}");

        Event event = FORMAT.fromJson(document.toString());
        AgendaBlock block = event.agenda().blocks().get(0);
        int depth = 1;
        while (!block.children().isEmpty()) {
            block = block.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(levels);
        assertThat(block.participants()).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------
    // Streams belong to the caller.

    @Test
    void read_neitherClosesTheStreamOnSuccessNorOnFailure() throws Exception {
        ClosingWatch good = new ClosingWatch(SEED.getBytes(UTF_8));
        assertThat(FORMAT.read(good)).isEqualTo(SeedEvents.gobiernosLocales2021());
        assertThat(good.closed).isFalse();

        ClosingWatch bad = new ClosingWatch(MINIMAL.replace("UTC", "Mars/Olympus").getBytes(UTF_8));
        try {
            FORMAT.read(bad);
            fail("Mars/Olympus was accepted as a zone");
        } catch (EventFormatException expected) {
            assertThat(bad.closed).isFalse();
        }

        ClosingWatch broken = new ClosingWatch("{\"formatVersion\":".getBytes(UTF_8));
        try {
            FORMAT.read(broken);
            fail("a truncated document was accepted");
        } catch (EventFormatException expected) {
            assertThat(broken.closed).isFalse();
        }
    }

    @Test
    void write_flushesButDoesNotCloseTheStream() throws IOException {
        for (JsonEventFormat format : List.of(FORMAT, FORMAT.withLayout(JsonEventFormat.Layout.COMPACT))) {
            FlushWatch target = new FlushWatch();
            // A buffer larger than the document: only a flush gets the bytes through it.
            OutputStream buffered = new BufferedOutputStream(target, 1 << 20);
            format.write(SeedEvents.gobiernosLocales2021(), buffered);
            assertThat(target.toByteArray()).isEqualTo(format.toBytes(SeedEvents.gobiernosLocales2021()));
            assertThat(target.flushed).isTrue();
            assertThat(target.closed).isFalse();
            buffered.write('x'); // still open
        }
    }

    @Test
    void read_passesOnTheStreamsOwnFailureAsIOException() {
        IOException gone = new IOException("the disk went away");
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served < MINIMAL.length() / 2) {
                    return MINIMAL.charAt(served++);
                }
                throw gone;
            }
        };
        Throwable thrown = catchThrowable(() -> FORMAT.read(failing));
        assertThat(thrown).isSameAs(gone);
    }

    @Test
    void write_passesOnTheStreamsOwnFailureAsIOException() {
        IOException full = new IOException("no space left on device");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw full;
            }
        };
        Throwable thrown = catchThrowable(
                () -> FORMAT.write(SeedEvents.gobiernosLocales2021(), failing));
        assertThat(thrown).isSameAs(full);
    }

    // =============================================================================================
    // The corpus's vocabulary.

    /** One change to a JSON tree. */
    @FunctionalInterface
    interface Mutation extends Consumer<ObjectNode> {}

    /**
     * A bad document and what the reader must say about it: where (a JSON Pointer), which invariant
     * if any, and words the problem must contain.
     */
    record Bad(String description, List<Mutation> mutations, String pointer, String code, List<String> mentions,
            Kind kind) {

        Bad at(String expectedPointer) {
            return new Bad(description, mutations, expectedPointer, code, mentions, kind);
        }

        Bad code(String expectedCode) {
            return new Bad(description, mutations, pointer, expectedCode, mentions, kind);
        }

        Bad naming(String... words) {
            return new Bad(description, mutations, pointer, code, List.of(words), kind);
        }

        /** The kind this document's refusal has, when it is not the kind of its group. */
        Bad kind(Kind expectedKind) {
            return new Bad(description, mutations, pointer, code, mentions, expectedKind);
        }

        /** Asserts the refusal, whose kind is the one {@link #kind(Kind)} set, else {@code groupKind}. */
        void assertRejected(Kind groupKind) {
            if (pointer == null) {
                throw new IllegalStateException("no expected pointer for " + description);
            }
            EventFormatException e = rejection(mutated(mutations.toArray(new Mutation[0])));
            assertThat(e.kind()).as("kind of %s in: %s", description, e.getMessage())
                    .isEqualTo(kind != null ? kind : groupKind);
            assertThat(e.pointer()).as("pointer of %s in: %s", description, e.getMessage()).contains(pointer);
            assertThat(e.getMessage()).endsWith(" (at " + (pointer.isEmpty() ? "the document root" : pointer) + ")");
            if (code == null) {
                assertThat(e.code()).as("code of %s in: %s", description, e.getMessage()).isEmpty();
            } else {
                assertThat(e.code()).as("code of %s in: %s", description, e.getMessage()).contains(code);
                assertThat(e.getCause()).isInstanceOf(InvariantViolationException.class);
            }
            if (!mentions.isEmpty()) {
                assertThat(problemOf(e)).as("problem of %s", description).contains(mentions);
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * A hostile document, made on demand, and how the reader must refuse it: for a reading limit,
     * with a problem that starts by naming that limit, at a place where one is given, and before it
     * has read as many bytes as the bound, where one is given.
     */
    record Hostile(String description, MeteredInput input, String problem, String pointer, long mostRead) {

        Hostile at(String expectedPointer) {
            return new Hostile(description, input, problem, expectedPointer, mostRead);
        }

        Hostile readingLessThan(long bytes) {
            return new Hostile(description, input, problem, pointer, bytes);
        }

        void assertRefused() {
            EventFormatException e = rejectionWithin(input);
            assertThat(e.kind()).isEqualTo(LIMIT);
            // The reader's own words: never Jackson's "String value length (…) exceeds…".
            assertThat(problemOf(e)).startsWith(problem).doesNotContain("String value");
            if (pointer != null) {
                assertThat(e.pointer()).hasValue(pointer);
            }
            if (mostRead > 0) {
                assertThat(input.consumed()).isLessThan(mostRead);
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** A hostile document whose refusal must start with {@code problem}, wherever it is and however much was read. */
    private static Hostile hostile(String description, MeteredInput input, String problem) {
        return new Hostile(description, input, problem, null, 0);
    }

    private static Bad seed(String description, Mutation... mutations) {
        return new Bad(description, List.of(mutations), null, null, List.of(), null);
    }

    /** Sets the value at a pointer (an object member, an array element, or one past an array's end). */
    private static Mutation set(String pointer, String json) {
        JsonNode value = TREES.readTree(json);
        return root -> {
            JsonNode parent = root.at(parentOf(pointer));
            String name = lastTokenOf(pointer);
            if (parent instanceof ObjectNode object) {
                object.set(name, value.deepCopy());
            } else if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(name);
                if (index == array.size()) {
                    array.add(value.deepCopy());
                } else {
                    array.set(index, value.deepCopy());
                }
            } else {
                throw new IllegalArgumentException("no object or array at " + parentOf(pointer));
            }
        };
    }

    private static Mutation append(String arrayPointer, String json) {
        JsonNode value = TREES.readTree(json);
        return root -> ((ArrayNode) root.at(arrayPointer)).add(value.deepCopy());
    }

    private static Mutation remove(String pointer) {
        return root -> {
            JsonNode parent = root.at(parentOf(pointer));
            JsonNode removed = parent instanceof ArrayNode array ? array.remove(Integer.parseInt(lastTokenOf(pointer)))
                    : ((ObjectNode) parent).remove(lastTokenOf(pointer));
            if (removed == null) {
                throw new IllegalArgumentException("nothing to remove at " + pointer);
            }
        };
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String lastTokenOf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    /** The seed, parsed into a tree, changed, and written back. */
    private static byte[] mutated(Mutation... mutations) {
        ObjectNode root = (ObjectNode) TREES.readTree(SEED);
        for (Mutation mutation : mutations) {
            mutation.accept(root);
        }
        return TREES.writeValueAsBytes(root);
    }

    /**
     * Reads a document that must be refused, and returns the refusal. Anything else the reader
     * throws &mdash; a runtime exception, an error, even an {@link IOException} from a byte array
     * &mdash; fails the test with that throwable as its cause.
     */
    private static EventFormatException rejection(byte[] document) {
        Event accepted;
        try {
            accepted = FORMAT.read(new ByteArrayInputStream(document));
        } catch (Throwable thrown) {
            return asFormatException(thrown);
        }
        String text = new String(document, UTF_8);
        return fail("the reader accepted the document as event '%s' titled %s:%n%s", accepted.id(),
                accepted.title().codePoints().limit(6).mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).toList(),
                text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }

    /** Reads a document that must be refused with a problem of {@code kind} at {@code pointer}, and returns the refusal. */
    private static EventFormatException rejection(byte[] document, Kind kind, String pointer) {
        EventFormatException e = rejection(document);
        assertThat(e.kind()).as("kind of: %s", e.getMessage()).isEqualTo(kind);
        assertThat(e.pointer()).as("pointer of: %s", e.getMessage()).contains(pointer);
        return e;
    }

    /** A document whose bytes stop being UTF-8 in the seed's title: refused at the root, on the title's line. */
    private static void assertRefusedAsNotUtf8InTheTitle(byte[] document) {
        EventFormatException e = rejection(document, ENCODING, "");
        assertThat(problemOf(e)).containsIgnoringCase("UTF-8").contains("line " + lineOf(SEED, "\"title\"") + ", column");
    }

    private static EventFormatException asFormatException(Throwable thrown) {
        if (thrown.getClass() != EventFormatException.class) {
            throw new AssertionError("expected exactly EventFormatException, but the reader threw " + thrown, thrown);
        }
        EventFormatException e = (EventFormatException) thrown;
        assertThat(e.pointer()).as("pointer of: %s", e.getMessage()).isPresent();
        assertThat(e.line()).isEmpty();
        return e;
    }

    /** Reads a lazily generated stream that must be refused within a few seconds. */
    private static EventFormatException rejectionWithin(MeteredInput input) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Event event;
            try {
                event = FORMAT.read(input);
            } catch (Throwable thrown) {
                return asFormatException(thrown);
            }
            return fail("the reader accepted a hostile document as event '%s'", event.id());
        });
    }

    /**
     * Reads a cut document, which must be refused with the pointer of a place that exists in the
     * whole document: where the parser stopped, never a place it made up.
     */
    private static void checkRefused(byte[] document, JsonNode whole, String what, List<String> wrong) {
        try {
            Event event = FORMAT.read(new ByteArrayInputStream(document));
            wrong.add(what + ": accepted as " + event.id());
        } catch (EventFormatException e) {
            Optional<String> pointer = e.pointer();
            if (pointer.isEmpty() || whole.at(pointer.get()).isMissingNode()) {
                wrong.add(what + ": pointer " + pointer + " is not in the whole document: " + e.getMessage());
            }
        } catch (Throwable t) {
            wrong.add(what + ": " + t);
        }
    }

    /** The message without the location the exception appends to it. */
    private static String problemOf(EventFormatException e) {
        String message = e.getMessage();
        int location = message.lastIndexOf(" (at ");
        return location < 0 ? message : message.substring(0, location);
    }

    private static byte[] withBytesInTitle(byte[] bytes) {
        byte[] document = SEED.getBytes(UTF_8);
        byte[] title = "\"title\": \"".getBytes(UTF_8);
        int at = indexOf(document, title) + title.length;
        return concat(Arrays.copyOf(document, at), concat(bytes, Arrays.copyOfRange(document, at, document.length)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, ISO_8859_1).indexOf(new String(needle, ISO_8859_1));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static long lines(String text) {
        return text.chars().filter(c -> c == '\n').count() + 1;
    }

    private static long lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException(needle + " is not in the document");
        }
        return lines(text.substring(0, at));
    }

    private static byte[] mangle(byte[] document, Random random, byte[] alphabet) {
        int at = random.nextInt(document.length);
        byte b = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] copy = document.clone();
                copy[at] = b;
                return copy;
            }
            case 1 -> {
                return concat(Arrays.copyOf(document, at), Arrays.copyOfRange(document, at + 1, document.length));
            }
            case 2 -> {
                return concat(Arrays.copyOf(document, at), concat(new byte[] {b}, Arrays.copyOfRange(document, at, document.length)));
            }
            default -> {
                int length = 1 + random.nextInt(Math.min(40, document.length - at));
                return concat(Arrays.copyOf(document, at + length), Arrays.copyOfRange(document, at, document.length));
            }
        }
    }

    /**
     * A document made on demand &mdash; a head, a long run of one byte (or of a repeated unit), a
     * tail &mdash; that counts how many bytes were read from it.
     */
    private static final class MeteredInput extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final long runLength;
        private final byte[] tail;
        private final long total;
        private long position;

        private MeteredInput(byte[] head, byte[] unit, long runLength, byte[] tail) {
            this.head = head;
            this.unit = unit;
            this.runLength = runLength;
            this.tail = tail;
            this.total = head.length + runLength + tail.length;
        }

        static MeteredInput of(String head, long runLength, char filler, String tail) {
            return new MeteredInput(head.getBytes(UTF_8), new byte[] {(byte) filler}, runLength, tail.getBytes(UTF_8));
        }

        static MeteredInput repeating(String unit, long times) {
            byte[] bytes = unit.getBytes(UTF_8);
            return new MeteredInput(new byte[0], bytes, bytes.length * times, new byte[0]);
        }

        long consumed() {
            return position;
        }

        private byte at(long index) {
            if (index < head.length) {
                return head[(int) index];
            }
            long inRun = index - head.length;
            if (inRun < runLength) {
                return unit[(int) (inRun % unit.length)];
            }
            return tail[(int) (inRun - runLength)];
        }

        @Override
        public int read() {
            return position < total ? at(position++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= total) {
                return -1;
            }
            int count = (int) Math.min(length, total - position);
            if (unit.length == 1 && position >= head.length && position + count <= head.length + runLength) {
                Arrays.fill(buffer, offset, offset + count, unit[0]);
            } else {
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = at(position + i);
                }
            }
            position += count;
            return count;
        }
    }

    /** An input stream that remembers whether it was closed. */
    private static final class ClosingWatch extends ByteArrayInputStream {
        boolean closed;

        ClosingWatch(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    /** An output stream that remembers whether it was flushed or closed. */
    private static final class FlushWatch extends ByteArrayOutputStream {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
