package org.agendum.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged {@code schedule.xml} documents (DESIGN.md §5), made from the golden files: every byte
 * mutation reads to an event or is refused with an {@link EventFormatException}; bytes that are
 * not UTF-8 put in after the XML declaration are an {@link Kind#ENCODING} problem at the line,
 * column and byte offset counted here from the text before them; and nothing is printed to {@code
 * System.err} in the whole run. The seed of each file is its name's hash, printed with a failure.
 */
class ScheduleXmlMutationProperties {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final int MUTATIONS = 150;

    /** Byte sequences that are not UTF-8 (RFC 3629 §3-4): a bad lead, a stray continuation, cut, overlong, surrogate, too high. */
    private static final List<String> NOT_UTF8 = List.of("ff", "fe", "80", "bf", "c3", "e282", "f09f98", "c0af", "c1bf",
            "e080af", "f0808080", "eda080", "edbfbf", "f4908080", "f5808080");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gobiernos-locales-2021", "paris-seminar-2018", "lisbon-conference-2026",
            "madrid-seminar-series-2026"})
    void mutatedDocuments_readOrAreRefusedWithTheFormatException_andNothingIsPrinted(String name) throws Exception {
        String document = Files.readString(GOLDEN.resolve(name + ".schedule.xml"), UTF_8);
        long seed = name.hashCode();
        SplittableRandom random = new SplittableRandom(seed);

        String printed = StandardError.printedBy(() -> {
            for (int m = 0; m < MUTATIONS; m++) {
                if (m % 2 == 0) {
                    notUtf8AfterTheDeclaration(document, random, "seed " + seed + ", mutation " + m);
                } else {
                    readOrRefused(mutated(document.getBytes(UTF_8), random), "seed " + seed + ", mutation " + m);
                }
            }
        });

        assertThat(printed).as("seed %d", seed).isEmpty();
    }

    /** Puts a sequence that is not UTF-8 between two characters after the declaration; the reader must say where. */
    private static void notUtf8AfterTheDeclaration(String document, SplittableRandom random, String which) {
        int declarationEnd = document.indexOf('\n') + 1;
        int at = declarationEnd + random.nextInt(document.length() - declarationEnd);
        if (Character.isLowSurrogate(document.charAt(at))) {
            at--;
        }
        String before = document.substring(0, at);
        String bad = NOT_UTF8.get(random.nextInt(NOT_UTF8.size()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(UTF_8));
        bytes.writeBytes(HexFormat.of().parseHex(bad));
        bytes.writeBytes(document.substring(at).getBytes(UTF_8));
        try {
            ScheduleXmlFormat.create().fromBytes(bytes.toByteArray());
            fail(which + ": " + bad + " at character " + at + " was read");
        } catch (EventFormatException e) {
            ScheduleXmlEncodingTest.assertEncodingProblemAfter(e, before, before.getBytes(UTF_8).length,
                    which + ": " + bad + " at character " + at);
        }
    }

    /** Replaces, inserts or deletes a byte, or cuts the document short. */
    private static byte[] mutated(byte[] document, SplittableRandom random) {
        int at = random.nextInt(document.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (random.nextInt(4)) {
            case 0 -> {
                bytes.write(document, 0, document.length);
                byte[] replaced = bytes.toByteArray();
                replaced[at] = (byte) random.nextInt(256);
                return replaced;
            }
            case 1 -> {
                bytes.write(document, 0, at);
                bytes.write(random.nextInt(256));
                bytes.write(document, at, document.length - at);
            }
            case 2 -> {
                bytes.write(document, 0, at);
                bytes.write(document, at + 1, document.length - at - 1);
            }
            default -> bytes.write(document, 0, at);
        }
        return bytes.toByteArray();
    }

    private static void readOrRefused(byte[] document, String which) {
        try {
            ScheduleXmlFormat.create().fromBytes(document);
        } catch (EventFormatException expected) {
            assertThat(expected.line()).as("%s: %s", which, expected).isPresent();
        } catch (RuntimeException other) {
            fail(which + ": expected an event or EventFormatException, got " + other, other);
        }
    }
}
