package org.agendum.ical;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;

/**
 * What {@link IcsWithoutJsonTest} runs in a JVM without agendum-json and Jackson: publishes a seed
 * event and reads it back, asks for the rich profile, and reads a rich file. Prints one line per
 * step; refers to no class of agendum-json, as an application that only publishes would not.
 */
public final class WithoutJsonMain {

    private WithoutJsonMain() {}

    /**
     * Runs the steps.
     *
     * @param args the path of a rich-profile file written where agendum-json is present
     * @throws Exception if a step fails unexpectedly, which fails the test
     */
    public static void main(String[] args) throws Exception {
        System.out.println("jackson " + (loadable("tools.jackson.databind.ObjectMapper") ? "present" : "absent"));
        System.out.println("agendum-json " + (loadable("org.agendum.json.JsonEventFormat") ? "present" : "absent"));
        IcsEventFormat publish = IcsEventFormat.create().withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC));
        Event seminar = SeedEvents.parisSeminar2018();
        Event back = publish.fromBytes(publish.toBytes(seminar));
        System.out.println("publish " + back.id() + " " + back.agenda().blocks().size() + " blocks, starts "
                + back.start().equals(seminar.start()));
        try {
            publish.withProfile(IcsEventFormat.Profile.RICH);
            System.out.println("rich allowed");
        } catch (IllegalStateException e) {
            System.out.println("rich refused: " + e.getMessage());
        }
        Event rich = publish.fromBytes(Files.readAllBytes(Path.of(args[0])));
        System.out.println("rich file read " + rich.id() + " " + rich.agenda().blocks().size() + " blocks, equal "
                + rich.equals(seminar));
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, WithoutJsonMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
