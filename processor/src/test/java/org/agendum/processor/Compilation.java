package org.agendum.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Sources of package {@code p} compiled with this processor and Immutables, as core is compiled, with
 * warnings as errors: the classes in {@code classes}, the generated sources in {@code generated}.
 */
final class Compilation {

    /** The package's Immutables style, as core's. */
    private static final String PACKAGE = String.join("\n",
            "@Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true,",
            "        strictBuilder = true, jdkOnly = true, depluralize = true, depluralizeDictionary = {\"person:people\"})",
            "package p;",
            "import org.immutables.value.Value;",
            "");

    final Path classes;
    final Path generated;
    final boolean succeeded;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;

    private Compilation(Path classes, Path generated, boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        this.classes = classes;
        this.generated = generated;
        this.succeeded = succeeded;
        this.diagnostics = diagnostics;
    }

    /**
     * Compiles sources of package {@code p}.
     *
     * @param dir where to write the sources, the classes and the generated sources
     * @param sources the text of each file, by its name ("Talk.java"); a {@code package-info.java} with
     *     the package's Immutables style is added
     * @return the compilation
     */
    static Compilation of(Path dir, Map<String, String> sources) throws IOException {
        Path sourceDir = Files.createDirectories(dir.resolve("src/p"));
        List<Path> units = new ArrayList<>();
        units.add(Files.writeString(sourceDir.resolve("package-info.java"), PACKAGE));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            units.add(Files.writeString(sourceDir.resolve(source.getKey()), source.getValue()));
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-Xlint:all,-processing", "-Werror",
                    "-processor", ValueMethodsProcessor.class.getName() + ",org.immutables.processor.ProxyProcessor");
            boolean ok = compiler.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(units)).call();
            return new Compilation(classes, generated, ok, collector.getDiagnostics());
        }
    }

    /** The text of a generated source of package {@code p}. */
    String generated(String simpleName) throws IOException {
        return Files.readString(generated.resolve("p/" + simpleName + ".java"));
    }
}
