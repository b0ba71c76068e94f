import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.Event;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.testing.SeedEvents;

/**
 * Prints the programme of both seed events as a timetable in the event zone and every display
 * zone, the way the printed programmes show it. Run it from the repository root after a build:
 *
 * <pre>
 * ./mvnw -q -DskipTests package
 * java --class-path core/target/classes:testing/target/classes examples/ShowSeedTimetable.java
 * </pre>
 */
public class ShowSeedTimetable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static void main(String[] args) {
        for (Event event : SeedEvents.all()) {
            print(event);
        }
    }

    static void print(Event event) {
        Timetable timetable = Timetable.of(event);
        List<ZoneId> zones = new ArrayList<>();
        zones.add(event.zone());
        event.displayZones().stream().map(d -> d.zone()).filter(z -> !zones.contains(z)).forEach(zones::add);

        System.out.println(event.title());
        event.subtitle().ifPresent(System.out::println);
        System.out.println(timetable.eventStart().toLocalDate() + " · "
                + timetable.eventSpan().map(span -> inZones(span, zones, event)).orElse(""));
        event.agenda().title().ifPresent(t -> System.out.println("(" + t + ")"));
        System.out.println();
        for (ScheduledBlock scheduled : timetable.blocks()) {
            String indent = "  ".repeat(scheduled.depth());
            String when = scheduled.span().map(span -> inZones(span, zones, event)).orElse("");
            System.out.println(indent + (when.isEmpty() ? "" : when + "  ") + scheduled.block().displayTitle());
            scheduled.block().moderators().forEach(m -> System.out.println(
                    indent + "    " + m.label().orElse(m.role().toString()) + ": " + describe(m.party())));
            for (Participant participant : scheduled.block().participants()) {
                System.out.println(indent + "    - " + describe(participant.party()));
            }
        }
        System.out.println();
    }

    static String inZones(TimeSpan span, List<ZoneId> zones, Event event) {
        return zones.stream().map(zone -> {
            TimeSpan local = span.atZone(zone);
            return TIME.format(local.start()) + "–" + TIME.format(local.end()) + " "
                    + event.labelOf(zone).orElse(zone.getId());
        }).collect(Collectors.joining(" · "));
    }

    static String describe(Party party) {
        if (party instanceof Person) {
            Person person = (Person) party;
            List<String> parts = new ArrayList<>(List.of(person.displayName()));
            person.position().ifPresent(parts::add);
            person.affiliation().map(ShowSeedTimetable::describe).ifPresent(parts::add);
            return String.join(", ", parts);
        }
        Organization organization = (Organization) party;
        return organization.displayName() + organization.parent().map(p -> ", " + describe(p)).orElse("");
    }
}
