package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Add the dependency" true: a row for every module the BOM publishes, with the
 * module name its {@code module-info.java} declares, and the run-time claims the POMs make true.
 */
class ReadmeDependencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(agendum-[a-z]+)` \\| `([a-z.]+)` \\|");

    @Test
    void theTable_hasARowForEveryPublishedModule_withItsModuleName() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section());
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(published());
        for (Map.Entry<String, String> module : rows.entrySet()) {
            String descriptor = Files.readString(folder(module.getKey()).resolve("src/main/java/module-info.java"));
            assertThat(descriptor).as(module.getKey()).containsPattern("(?m)^module " + Pattern.quote(module.getValue())
                    + " \\{");
        }
    }

    @Test
    void theSnippet_importsTheBom_andNamesOnlyPublishedModules() throws IOException {
        Matcher xml = Pattern.compile("```xml\\n(.*?)\\n```", Pattern.DOTALL).matcher(section());
        assertThat(xml.find()).isTrue();
        List<String> named = artifactIds(xml.group(1));

        assertThat(named).first().isEqualTo("agendum-bom");
        assertThat(named.subList(1, named.size())).isNotEmpty().allSatisfy(id -> assertThat(published()).contains(id));
        assertThat(xml.group(1)).contains("<version>" + property(Files.readString(ROOT.resolve("pom.xml")), "version")
                + "</version>");
    }

    @Test
    void nothingLogs_noPublishedModuleDependsOnSlf4jOrIcal4jOutsideItsTests() throws IOException {
        for (String artifactId : published()) {
            String pom = Files.readString(folder(artifactId).resolve("pom.xml"));
            Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
            while (dependency.find()) {
                String declared = dependency.group(1);
                if (declared.contains("<groupId>org.slf4j</groupId>")
                        || declared.contains("<groupId>org.mnode.ical4j</groupId>")) {
                    assertThat(declared).as(artifactId).contains("<scope>test</scope>");
                }
            }
        }
        assertThat(section()).contains("SLF4J");
    }

    @Test
    void theJacksonVersion_isTheOneTheBuildUses() throws IOException {
        String jackson3 = property(Files.readString(ROOT.resolve("pom.xml")), "jackson3.version");
        assertThat(section()).contains("Jackson " + jackson3);
    }

    /** The README from "## Add the dependency" to the next section. */
    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Add the dependency\n");
        assertThat(start).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The artifacts the BOM manages: every published module. */
    private static List<String> published() throws IOException {
        List<String> ids = artifactIds(Files.readString(ROOT.resolve("bom/pom.xml")));
        ids.remove("agendum-bom");
        return ids;
    }

    private static Path folder(String artifactId) {
        return ROOT.resolve(artifactId.substring("agendum-".length()));
    }

    private static List<String> artifactIds(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("<artifactId>(agendum-[a-z]+)</artifactId>").matcher(xml);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /** The first element of that name in a POM: the project's own version, or a property. */
    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(pom);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }
}
