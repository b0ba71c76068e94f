package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The POM installed and published with agendum-cli, which is the shade plugin's dependency-reduced
 * POM: agendum.jar bundles every library it needs, so that POM must make a consumer resolve none of
 * them a second time, while cli/pom.xml itself (read here as a second, independent source) declares
 * them for the build.
 */
class PublishedPomIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** One {@code <dependency>} of a POM. */
    private record Dependency(String groupId, String artifactId, String scope, boolean optional) {

        /** Whether a project that depends on the POM's artifact gets this one too. */
        boolean reachesConsumers() {
            return !optional && (scope.equals("compile") || scope.equals("runtime"));
        }
    }

    @Test
    void reducedPom_keepsTheCoordinatesAndParent_andListsNoDependencyForConsumers() throws Exception {
        Document reduced = read(ROOT.resolve("cli/target/dependency-reduced-pom.xml"));
        Element project = reduced.getDocumentElement();
        assertThat(child(project, "artifactId")).isEqualTo("agendum-cli");
        // The parent carries what Maven Central requires (licence, scm, developers): it stays.
        Element parent = element(project, "parent");
        assertThat(child(parent, "artifactId")).isEqualTo("agendum-parent");
        assertThat(child(parent, "version")).isEqualTo(System.getProperty("agendum.version"));

        assertThat(dependencies(reduced)).filteredOn(Dependency::reachesConsumers).isEmpty();
    }

    @Test
    void everyLibraryTheBuildDeclares_isInsideTheJar_notInTheReducedPom() throws Exception {
        List<Dependency> declared = dependencies(read(ROOT.resolve("cli/pom.xml"))).stream()
                .filter(Dependency::reachesConsumers).toList();
        assertThat(declared).extracting(Dependency::artifactId)
                .contains("agendum-core", "agendum-json", "agendum-ical", "agendum-web", "picocli");
        List<String> inReduced = dependencies(read(ROOT.resolve("cli/target/dependency-reduced-pom.xml"))).stream()
                .filter(Dependency::reachesConsumers).map(Dependency::artifactId).toList();
        for (Dependency dependency : declared) {
            assertThat(inReduced).as("%s, bundled in agendum.jar", dependency.artifactId())
                    .doesNotContain(dependency.artifactId());
        }
        // And what those bring along, found inside agendum.jar: none of it is listed either.
        List<String> bundled = PublishedJarsIT.bundledThirdPartyJars().stream().map(PublishedJarsIT::artifactId).toList();
        assertThat(bundled).contains("picocli", "jackson-databind", "jackson-core");
        assertThat(inReduced).doesNotContainAnyElementsOf(bundled);
    }

    private static Document read(Path pom) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The project's own dependencies (not those of dependencyManagement or of a profile). */
    private static List<Dependency> dependencies(Document pom) {
        List<Dependency> found = new ArrayList<>();
        Element list = element(pom.getDocumentElement(), "dependencies");
        if (list == null) {
            return found;
        }
        for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element dependency && dependency.getTagName().equals("dependency")) {
                String scope = child(dependency, "scope");
                found.add(new Dependency(child(dependency, "groupId"), child(dependency, "artifactId"),
                        scope == null ? "compile" : scope, "true".equals(child(dependency, "optional"))));
            }
        }
        return found;
    }

    /** The direct child element of that name, or null. */
    private static Element element(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The trimmed text of the direct child element of that name, or null. */
    private static String child(Element parent, String name) {
        Element element = element(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
