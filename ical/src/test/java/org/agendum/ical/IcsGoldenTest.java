package org.agendum.ical;

import org.agendum.testing.GoldenFiles;

/**
 * The seed events in the publish profile, pinned byte for byte in {@code src/test/resources/golden/}
 * (what every profile's golden files must be is {@link GoldenFileContract}'s).
 *
 * <p>To regenerate the files on purpose, after deciding that the new output is right, run from the
 * repository root
 *
 * <pre>
 * ./mvnw -B -q -pl ical -am verify -Dagendum.regenerateGolden=true
 * </pre>
 *
 * <p>and review the diff. With {@value GoldenFiles#REGENERATE} set the test writes the files instead of
 * comparing them; the independent-parser checks still run on them.
 */
class IcsGoldenTest extends GoldenFileContract {

    private static final IcsEventFormat ICS = IcsEventFormat.create().withClock(CLOCK);

    @Override
    IcsEventFormat format() {
        return ICS;
    }
}
