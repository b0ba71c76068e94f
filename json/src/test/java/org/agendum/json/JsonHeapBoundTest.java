package org.agendum.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading limits hold together: whatever fits them is read, or refused for what it is, in the
 * heap docs/JSON.md states, and a document beyond them is refused as {@code LIMIT} at the place
 * where it crosses one. The costliest documents found ({@link CostlyDocuments}) run in a JVM of
 * that heap; nothing here is timed.
 */
class JsonHeapBoundTest {

    /** The heap docs/JSON.md promises a read. */
    private static final String HEAP = "512m";

    private static final long LIMIT = JsonEventFormat.MAX_TOKEN_COUNT;

    @Test
    void documentsAtAndBeyondTheLimits_areReadOrRefused_inTheDocumentedHeap() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        // At the limits: read whole, or refused for what they are, never for memory.
        expected.put("TEXTS:" + LIMIT, "event topics=" + CostlyDocuments.TEXTS.units(LIMIT) + " children=0 links=0");
        expected.put("BLOCKS:" + LIMIT, "event topics=0 children=" + CostlyDocuments.BLOCKS.units(LIMIT) + " links=0");
        expected.put("LINKS:" + LIMIT, "event topics=0 children=0 links=" + CostlyDocuments.LINKS.units(LIMIT));
        expected.put("LONG_TEXTS:" + LIMIT, "event topics=" + CostlyDocuments.LONG_TEXTS.units(LIMIT) + " children=0 links=0");
        expected.put("PARTIES:" + LIMIT, "INVALID_VALUE /parties/0");
        expected.put("LONG_TEXTS_AND_PARTIES:" + LIMIT, "INVALID_VALUE /parties/0");
        // Beyond: refused where the token that crosses the limit is, however large the rest.
        expected.put("TEXTS:" + Long.MAX_VALUE, "LIMIT /topics/" + unitBeyondTheLimit(CostlyDocuments.TEXTS));
        expected.put("PARTIES:" + Long.MAX_VALUE, "LIMIT /parties/" + unitBeyondTheLimit(CostlyDocuments.PARTIES));

        List<String> lines = runInHeap(HEAP, new ArrayList<>(expected.keySet()));

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space > 0 && expected.containsKey(line.substring(0, space))) {
                outcomes.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        assertThat(outcomes.keySet()).as(String.join("\n", lines)).containsExactlyElementsOf(expected.keySet());
        String tokens = String.format(Locale.ROOT, "more than the %,d tokens", LIMIT);
        expected.forEach((document, outcome) -> {
            if (outcome.startsWith("LIMIT")) {
                // In a party: its start, its id, its name…
                assertThat(outcomes.get(document)).as(document).matches(Pattern.quote(outcome) + "(/[a-z]+)? \\| .*")
                        .contains(tokens);
            } else {
                assertThat(outcomes.get(document)).as(document).isEqualTo(outcome);
            }
        });
    }

    @Test
    void documentedHeap_isTheOneTested() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "JSON.md"), UTF_8);
        assertThat(guide).contains("`-Xmx" + HEAP + "`", "| `MAX_TOKEN_COUNT` | " + String.format(Locale.ROOT, "%,d", LIMIT) + " |");
    }

    /** The documents have the tokens they are said to have, counted by a parser without limits. */
    @ParameterizedTest
    @EnumSource(CostlyDocuments.class)
    void costlyDocument_hasTheTokensItIsSaidToHave(CostlyDocuments document) throws IOException {
        int units = document == CostlyDocuments.LONG_TEXTS || document == CostlyDocuments.LONG_TEXTS_AND_PARTIES ? 2 : 50;
        long tokens = 0;
        try (InputStream in = document.document(units);
                JsonParser parser = JsonMapper.builder().build().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
            }
        }
        assertThat(tokens).isEqualTo(document.tokensWith(units));
    }

    /**
     * The index of the repeated unit that holds the first token beyond the limit: the parser counts
     * a token as it reads it, and refuses the one that makes the count exceed the limit.
     */
    private static long unitBeyondTheLimit(CostlyDocuments document) {
        return (LIMIT - document.tokensBefore()) / document.unitTokens();
    }

    /** Runs {@link CostlyDocumentsMain} in a JVM of the given heap, on this JVM's class and module paths. */
    private static List<String> runInHeap(String heap, List<String> documents) throws IOException, InterruptedException {
        String classPath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .filter(p -> !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", classPath, CostlyDocumentsMain.class.getName()));
        command.addAll(documents);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().collect(Collectors.toList());
    }
}
