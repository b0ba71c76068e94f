package org.agendum.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folders of {@code shared/formats}: the schema.org vocabulary and samples written by others,
 * kept beside the project and never copied into it. Found in the nearest {@code shared/formats}
 * above the working directory; a test that needs one skips itself when it is absent.
 */
final class SharedFormats {

    private SharedFormats() {}

    /**
     * Returns a folder of {@code shared/formats}, or skips the calling test when there is none.
     *
     * @param name the folder's path below {@code shared/formats}, such as {@code "schemaorg"}
     * @return the folder
     */
    static Path folder(String name) {
        Path found = Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
                .map(dir -> dir.resolve("shared/formats").resolve(name))
                .filter(Files::isDirectory)
                .findFirst().orElse(null);
        assumeTrue(found != null, () -> "shared/formats/" + name + " is absent");
        return found;
    }

    /**
     * Returns the schema.org vocabulary of {@code shared/formats/schemaorg}, read once.
     *
     * @return the vocabulary
     */
    static SchemaOrgVocabulary schemaOrg() {
        folder("schemaorg");
        return Vocabulary.INSTANCE;
    }

    /** Read on first use: some 3 MB of JSON-LD. */
    private static final class Vocabulary {
        static final SchemaOrgVocabulary INSTANCE =
                SchemaOrgVocabulary.read(folder("schemaorg").resolve("schemaorg-current-https.jsonld"));
    }
}
