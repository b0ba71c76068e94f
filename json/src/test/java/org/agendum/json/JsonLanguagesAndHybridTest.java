package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Languages and hybrid sessions in the canonical JSON: written as docs/JSON.md says (read as a tree
 * by Jackson, not by the reader), read back equal, and bad values refused at their JSON pointer.
 */
class JsonLanguagesAndHybridTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void theFields_areWrittenAsDocumented() {
        JsonNode tree = MAPPER.readTree(JSON.toJson(LanguageEvents.nairobiForum()));

        assertThat(tree.at("/languages/0").asString()).isEqualTo("en");
        assertThat(tree.at("/interpretations/0/language").asString()).isEqualTo("sw");
        assertThat(tree.at("/interpretations/0/sourceLanguage").asString()).isEqualTo("en");
        assertThat(tree.at("/interpretations/0/channel").asString()).isEqualTo("Channel 2");
        assertThat(tree.at("/localizations/0/language").asString()).isEqualTo("sw");
        assertThat(tree.at("/localizations/0/title").asString()).isEqualTo("Jukwaa la usafiri mijini");
        JsonNode plenary = tree.at("/agenda/blocks/0");
        assertThat(plenary.at("/participants/0/remote").asBoolean()).isTrue();
        assertThat(plenary.at("/moderators/0").has("remote")).isFalse();
        assertThat(plenary.at("/onlineLocation/passcode").asString()).isEqualTo("matatu");
        assertThat(plenary.has("attendanceMode")).isFalse();
        assertThat(tree.at("/agenda/blocks/1/attendanceMode").asString()).isEqualTo("online");
        assertThat(tree.at("/agenda/blocks/2/attendanceMode").asString()).isEqualTo("in-person");
        assertThat(tree.at("/agenda/blocks/2/localizations/0/language").asString()).isEqualTo("SW");
    }

    @Test
    void whatIsWritten_readsBackEqual_inBothLayouts() throws EventFormatException {
        Event forum = LanguageEvents.nairobiForum();

        assertThat(JSON.fromJson(JSON.toJson(forum))).isEqualTo(forum);
        JsonEventFormat compact = JSON.withLayout(JsonEventFormat.Layout.COMPACT);
        assertThat(compact.fromJson(compact.toJson(forum))).isEqualTo(forum);
    }

    @Test
    void aBlockWithoutTheNewFields_readsAsBefore() throws EventFormatException {
        Event read = JSON.fromJson(JSON.toJson(LanguageEvents.nairobiForum()));
        AgendaBlock plain = read.agenda().blocks().get(1);

        assertThat(plain.onlineLocation()).isEmpty();
        assertThat(plain.interpretations()).isEmpty();
        assertThat(plain.attendanceMode()).contains(AttendanceMode.ONLINE);
        assertThat(plain.participants()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a localization in the default language, in another case | /localizations/0/language | \"EN\" "
                + "| /localizations/0/language | LOCALIZATION_OF_DEFAULT_LANGUAGE",
        "a block's localization in the default language | /agenda/blocks/2/localizations/0/language | \"en\" "
                + "| /agenda/blocks/2/localizations/0/language | LOCALIZATION_OF_DEFAULT_LANGUAGE",
        "a malformed interpretation language | /interpretations/0/language | \"sw_KE\" "
                + "| /interpretations/0/language | INVALID_LANGUAGE_TAG",
        "a blank channel of a block's interpretation | /agenda/blocks/0/interpretations/0/channel | \" \" "
                + "| /agenda/blocks/0/interpretations/0/channel | BLANK_TEXT",
        "a block's online location with nothing to join by | /agenda/blocks/0/onlineLocation | {} "
                + "| /agenda/blocks/0/onlineLocation | EMPTY_VALUE",
        "a localization with no text | /localizations/0 | {\"language\": \"fr\"} | /localizations/0 | EMPTY_VALUE",
        "two localizations of a block in one language | /agenda/blocks/0/localizations "
                + "| [{\"language\": \"fr\", \"title\": \"A\"}, {\"language\": \"FR\", \"title\": \"B\"}] "
                + "| /agenda/blocks/0/localizations/1/language | DUPLICATE_LOCALIZATION",
    })
    void aBrokenInvariant_isReportedAtItsPointer_withItsCode(String what, String at, String json, String pointer,
            String code) {
        EventFormatException refused = refused(at, json);

        assertThat(refused.pointer()).as(what).contains(pointer);
        assertThat(refused.code()).as(what).contains(code);
    }

    @Test
    void localizationsWithoutAnyLanguage_areReportedAtTheFirst() {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.toJson(LanguageEvents.nairobiForum()));
        tree.remove("languages");

        EventFormatException refused = catchThrowableOfType(EventFormatException.class,
                () -> JSON.fromJson(MAPPER.writeValueAsString(tree)));

        assertThat(refused.code()).contains("LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE");
        assertThat(refused.pointer()).contains("/localizations/0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "remote given as a string | /agenda/blocks/0/participants/0/remote | \"yes\" "
                + "| /agenda/blocks/0/participants/0/remote | WRONG_TYPE",
        "an unknown attendance mode | /agenda/blocks/1/attendanceMode | \"hybrid\" "
                + "| /agenda/blocks/1/attendanceMode | INVALID_VALUE",
        "an interpretation without its language | /interpretations/0/language | | /interpretations/0 | MISSING_FIELD",
        "an unknown field in a localization | /localizations/0/locale | \"sw\" | /localizations/0/locale "
                + "| UNKNOWN_FIELD",
    })
    void aWrongValueOrField_isReportedAtItsPointer(String what, String at, String json, String pointer, Kind kind) {
        EventFormatException refused = refused(at, json);

        assertThat(refused.kind()).as(what).isEqualTo(kind);
        assertThat(refused.pointer()).as(what).contains(pointer);
    }

    /** The forum's document with the value at a pointer replaced, or removed when {@code json} is null. */
    private static EventFormatException refused(String at, String json) {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.toJson(LanguageEvents.nairobiForum()));
        int slash = at.lastIndexOf('/');
        JsonNode parent = tree.at(at.substring(0, slash));
        String name = at.substring(slash + 1);
        if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(name), MAPPER.readTree(json));
        } else if (json == null) {
            ((ObjectNode) parent).remove(name);
        } else {
            ((ObjectNode) parent).set(name, MAPPER.readTree(json));
        }
        return catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(MAPPER.writeValueAsString(tree)));
    }
}
