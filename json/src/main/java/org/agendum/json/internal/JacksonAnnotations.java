package org.agendum.json.internal;

import java.io.IOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/**
 * The {@code com.fasterxml.jackson.core:jackson-annotations} on the class or module path, which
 * Jackson 2 and Jackson 3 share. Jackson 3.2's {@code ObjectMapper} needs 2.21 or newer (its
 * annotation introspector refers to {@code JsonSerializeAs}, new in 2.21); an application on
 * Jackson 2.17–2.20 (Spring Boot 3.3–3.4) pins its own older version, and Maven's nearest-wins
 * rule, or the application's {@code dependencyManagement}, gives it that one. {@code
 * JsonEventFormat} reads and writes with jackson-core alone and works with it; a Jackson 3 mapper,
 * and so {@code AgendumJsonModule}, does not.
 */
public final class JacksonAnnotations {

    /** The oldest version a Jackson 3 mapper works with. */
    public static final String NEEDED = "2.21";

    /** A class that 2.21 added and Jackson 3.2's mapper refers to. */
    private static final String NEWEST_NEEDED_CLASS = "com.fasterxml.jackson.annotation.JsonSerializeAs";

    /** A class every version has. */
    private static final String ANY_VERSION_CLASS = "com.fasterxml.jackson.annotation.JsonProperty";

    private JacksonAnnotations() {}

    /**
     * Fails at once, with what to do, when the annotations are older than a Jackson 3 mapper needs,
     * instead of the {@link NoClassDefFoundError} that the mapper would throw on first use.
     *
     * @param user what needs the mapper, for the message ("AgendumJsonModule")
     * @throws IllegalStateException if the annotations are older than {@value #NEEDED}
     */
    public static void requireMapperSupport(String user) {
        if (isPresent(NEWEST_NEEDED_CLASS)) {
            return;
        }
        throw new IllegalStateException(user + " needs com.fasterxml.jackson.core:jackson-annotations " + NEEDED
                + " or newer, as every Jackson 3 ObjectMapper does, but found " + foundVersion() + ". Jackson 2 and 3"
                + " share that artifact, and a Jackson 2.17-2.20 application (Spring Boot 3.3-3.4) pins its older"
                + " version for both. Add to your <dependencyManagement> <dependency><groupId>com.fasterxml.jackson.core"
                + "</groupId><artifactId>jackson-annotations</artifactId><version>" + NEEDED + "</version></dependency>"
                + " (Jackson 2.17-2.20 work with it), or import tools.jackson:jackson-bom before the Jackson 2 BOM."
                + " JsonEventFormat itself works with the older annotations.");
    }

    /** The version found, with the jar it came from when known, or why none is known. */
    private static String foundVersion() {
        Class<?> annotation;
        try {
            annotation = Class.forName(ANY_VERSION_CLASS, false, JacksonAnnotations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "none";
        }
        Optional<String> version = Optional.ofNullable(annotation.getPackage().getImplementationVersion());
        if (version.isEmpty() && annotation.getModule().getDescriptor() != null) {
            version = annotation.getModule().getDescriptor().rawVersion();
        }
        Optional<URL> jar = Optional.ofNullable(annotation.getProtectionDomain().getCodeSource()).map(CodeSource::getLocation);
        if (version.isEmpty()) {
            version = jar.flatMap(JacksonAnnotations::manifestVersion);
        }
        return "version " + version.orElse("older than " + NEEDED) + jar.map(url -> " (" + url + ")").orElse("");
    }

    private static Optional<String> manifestVersion(URL jar) {
        // Only a local file is opened: library code never reaches the network, even for a message.
        if (!"file".equals(jar.getProtocol())) {
            return Optional.empty();
        }
        try (JarInputStream in = new JarInputStream(jar.openStream())) {
            Manifest manifest = in.getManifest();
            return manifest == null ? Optional.empty()
                    : Optional.ofNullable(manifest.getMainAttributes().getValue("Implementation-Version"));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, JacksonAnnotations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
