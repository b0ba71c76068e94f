package org.agendum.consumers.jackson2;

import java.nio.file.Path;

/** What the tests know of the application: the Jackson 2 version its POM pins, and where the golden files are. */
final class Jackson2App {

    private Jackson2App() {}

    /** The version of the Jackson 2 BOM the POM imports, handed over by Surefire. */
    static String pinnedJacksonVersion() {
        String version = System.getProperty("jackson2-app.jackson.version");
        if (version == null) {
            throw new IllegalStateException("run by Maven: the POM sets jackson2-app.jackson.version for the tests");
        }
        return version;
    }

    /** A golden file of a format module, written by that module's own tests, in this reactor. */
    static Path golden(String module, String name) {
        return Path.of("..", "..", module, "src", "test", "resources", "golden", name);
    }
}
