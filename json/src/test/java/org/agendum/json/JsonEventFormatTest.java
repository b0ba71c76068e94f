package org.agendum.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What {@link JsonEventFormat} writes, byte for byte: layout, determinism and text encoding. */
class JsonEventFormatTest {

    private static final JsonEventFormat PRETTY = JsonEventFormat.create();
    private static final JsonEventFormat COMPACT = PRETTY.withLayout(JsonEventFormat.Layout.COMPACT);

    @Test
    void format_describesItself() {
        assertThat(PRETTY.name()).isEqualTo("json").isEqualTo(JsonEventFormat.NAME);
        assertThat(PRETTY.mediaType()).isEqualTo("application/json");
        assertThat(PRETTY.fileExtension()).isEqualTo("json");
        assertThat(PRETTY.canRead()).isTrue();
        assertThat(PRETTY.canWrite()).isTrue();
        assertThat(COMPACT.name()).isEqualTo("json");
        assertThat(COMPACT.mediaType()).isEqualTo("application/json");
        assertThat(COMPACT.fileExtension()).isEqualTo("json");
    }

    @Test
    void layouts_areCopiesThatLeaveTheOriginalAlone() {
        assertThat(PRETTY.layout()).isEqualTo(JsonEventFormat.Layout.PRETTY);
        assertThat(COMPACT.layout()).isEqualTo(JsonEventFormat.Layout.COMPACT);
        assertThat(COMPACT.withLayout(JsonEventFormat.Layout.PRETTY).layout()).isEqualTo(JsonEventFormat.Layout.PRETTY);
        assertThat(new JsonEventFormat().layout()).isEqualTo(JsonEventFormat.Layout.PRETTY);
        PRETTY.withLayout(JsonEventFormat.Layout.COMPACT);
        assertThat(PRETTY.layout()).isEqualTo(JsonEventFormat.Layout.PRETTY);
        assertThat(PRETTY).hasToString("JsonEventFormat[pretty]");
        assertThat(COMPACT).hasToString("JsonEventFormat[compact]");
    }

    @Test
    void layoutOption_setByName_isTheTypedOption() {
        EventFormat found = EventFormats.get("json");

        assertThat(found.options()).extracting(FormatOption::name, FormatOption::values, FormatOption::defaultValue)
                .containsExactly(tuple("layout", List.of("pretty", "compact"), "pretty"));
        assertThat(found.option("layout")).isEqualTo("pretty");
        EventFormat compact = found.withOption("layout", "compact");
        assertThat(compact).isInstanceOf(JsonEventFormat.class);
        assertThat(compact.option("layout")).isEqualTo("compact");
        assertThat(compact.toBytes(SeedEvents.parisSeminar2018()))
                .isEqualTo(COMPACT.toBytes(SeedEvents.parisSeminar2018()));
        assertThat(found.option("layout")).as("the original is left alone").isEqualTo("pretty");
    }

    @Test
    void unknownOptionsAndValues_areRefused_namingWhatIsAccepted() {
        assertThatThrownBy(() -> PRETTY.withOption("layout", "Compact"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option layout takes pretty, compact, not 'Compact'");
        assertThatThrownBy(() -> PRETTY.withOption("profile", "rich"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the json format has no option 'profile'; its options: layout");
        assertThatThrownBy(() -> PRETTY.option("indent")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pretty_indentsByTwoSpacesWithNewlinesAndEndsWithANewline() {
        for (Event event : SeedEvents.all()) {
            String json = PRETTY.toJson(event);
            assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"" + event.id() + "\",\n");
            assertThat(json).endsWith("\n  }\n}\n").doesNotEndWith("\n\n").doesNotContain("\r", "\t");
            int depth = 0;
            String[] lines = json.split("\n", -1);
            assertThat(lines[lines.length - 1]).isEmpty();
            for (int i = 0; i < lines.length - 1; i++) {
                String line = lines[i];
                String content = line.stripLeading();
                if (content.startsWith("}") || content.startsWith("]")) {
                    depth--;
                }
                assertThat(line.length() - content.length()).as("indent of line %d: %s", i + 1, line).isEqualTo(2 * depth);
                assertThat(content).as("line %d", i + 1).isNotBlank().doesNotEndWith(" ");
                if (content.matches("\"[A-Za-z]+\":.*")) {
                    assertThat(content).as("line %d", i + 1).matches("\"[A-Za-z]+\": [^ ].*");
                }
                if (content.endsWith("{") || content.endsWith("[")) {
                    depth++;
                }
            }
            assertThat(depth).isZero();
        }
    }

    @Test
    void compact_hasNoNewlineAndNoSpaceBetweenTokens() {
        for (Event event : SeedEvents.all()) {
            String json = COMPACT.toJson(event);
            assertThat(json).startsWith("{\"formatVersion\":1,\"id\":\"" + event.id() + "\",").endsWith("}");
            assertThat(json).doesNotContain("\n", "\r", "\t");
            boolean inString = false;
            for (int i = 0; i < json.length(); i++) {
                char c = json.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else {
                    assertThat(Character.isWhitespace(c)).as("whitespace at %d: …%s…", i,
                            json.substring(Math.max(0, i - 20), Math.min(json.length(), i + 20))).isFalse();
                    inString = c == '"';
                }
            }
        }
    }

    @Test
    void compactAndPretty_holdTheSameDocument() {
        JsonMapper trees = JsonMapper.builder().build();
        for (Event event : SeedEvents.all()) {
            assertThat(trees.readTree(COMPACT.toJson(event))).isEqualTo(trees.readTree(PRETTY.toJson(event)));
        }
    }

    @Test
    void equalEvents_giveIdenticalBytes() throws EventFormatException {
        for (JsonEventFormat format : new JsonEventFormat[] {PRETTY, COMPACT}) {
            Event first = SeedEvents.gobiernosLocales2021();
            Event second = SeedEvents.gobiernosLocales2021();
            assertThat(second).isNotSameAs(first).isEqualTo(first);
            byte[] bytes = format.toBytes(first);
            assertThat(format.toBytes(second)).isEqualTo(bytes);
            assertThat(format.toBytes(format.fromBytes(bytes))).isEqualTo(bytes);
            assertThat(format.toBytes(PRETTY.fromBytes(PRETTY.toBytes(first)))).isEqualTo(bytes);
        }
        Event paris = SeedEvents.parisSeminar2018();
        assertThat(new JsonEventFormat().toBytes(paris)).isEqualTo(PRETTY.toBytes(paris));
        assertThat(COMPACT.withLayout(JsonEventFormat.Layout.PRETTY).toBytes(paris)).isEqualTo(PRETTY.toBytes(paris));
    }

    @Test
    void nonAsciiText_isWrittenAsUtf8NotEscaped() throws Exception {
        String title = "Año de encuentros 🎉 مرحبا بكم — שלום, ¿qué tal? 日本語";
        Event event = SeedEvents.gobiernosLocales2021().withTitle(title);
        for (JsonEventFormat format : new JsonEventFormat[] {PRETTY, COMPACT}) {
            byte[] bytes = format.toBytes(event);
            String json = strictUtf8(bytes);
            assertThat(json).contains("\"title\":" + ((format.layout() == JsonEventFormat.Layout.PRETTY) ? " " : "") + "\"" + title + "\"");
            assertThat(json).doesNotContain("\\u");
            // The emoji as one four-byte sequence, not as two encoded surrogates (CESU-8).
            assertThat(containsBytes(bytes, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x8E, (byte) 0x89})).isTrue();
            assertThat(json).contains("\"https://forms.gle/t8GEM2KjH9gYQxtU6\"");
            assertThat(format.fromBytes(bytes)).isEqualTo(event);
        }
    }

    @Test
    void surrogatePairEscapes_areReadAsTheCharactersTheyEncode() throws Exception {
        String party = "{\"id\":\"org-\\ud83c\\udf89\",\"type\":\"organization\",\"name\":\"\\uD83D\\uDC68\\u200d\\uD83D\\uDC69\"}";
        String json = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"A\\u00f1o \\ud83c\\udf89\",\"zone\":\"UTC\","
                + "\"start\":\"2021-06-11T13:00\",\"parties\":[" + party + "],\"organizers\":[\"org-\\ud83c\\udf89\"],"
                + "\"agenda\":{}}";
        String partyPopper = new String(Character.toChars(0x1F389));
        String manAndWoman = new String(Character.toChars(0x1F468)) + "\u200D" + new String(Character.toChars(0x1F469));

        Event event = COMPACT.fromJson(json);

        assertThat(event.title()).isEqualTo("Año " + partyPopper);
        assertThat(event.organizers().get(0).id()).isEqualTo("org-" + partyPopper);
        assertThat(event.organizers().get(0).name()).isEqualTo(manAndWoman);
        assertThat(COMPACT.fromBytes(COMPACT.toBytes(event))).isEqualTo(event);
    }

    @Test
    void controlCharacters_areEscaped() throws Exception {
        String description = "línea 1\nlínea 2\tcon tabulador\rretorno\u0000nulo\u0001uno\u001funidad\u007fborrar"
                + " \"comillas\" y \\barra";
        Event event = SeedEvents.gobiernosLocales2021().withDescription(description);
        for (JsonEventFormat format : new JsonEventFormat[] {PRETTY, COMPACT}) {
            byte[] bytes = format.toBytes(event);
            String json = strictUtf8(bytes);
            // Raw, only the pretty layout's own line ends; every other control character is escaped.
            for (int i = 0; i < bytes.length; i++) {
                boolean control = bytes[i] >= 0 && bytes[i] < 0x20;
                boolean lineEnd = (format.layout() == JsonEventFormat.Layout.PRETTY) && bytes[i] == '\n';
                assertThat(control && !lineEnd).as("raw control character 0x%02x at byte %d", bytes[i], i).isFalse();
            }
            assertThat(json).contains("línea 1\\nlínea 2\\tcon tabulador\\rretorno", "\\\"comillas\\\" y \\\\barra");
            assertThat(json.toUpperCase(Locale.ROOT)).contains("\\U0000NULO", "\\U0001UNO", "\\U001FUNIDAD");
            assertThat(format.fromBytes(bytes)).isEqualTo(event);
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
