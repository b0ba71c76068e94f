package org.agendum.jscalendar.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;

/**
 * One JSCalendar {@code Event} as read, before it becomes the event or a block: its properties
 * checked and converted, nothing of the model built yet.
 *
 * @param pointer the JSON Pointer of the entry
 * @param uid its {@code uid}
 * @param parentUid the uid it names as its parent in {@code relatedTo}
 * @param title its {@code title}
 * @param description its {@code description}
 * @param locale its {@code locale}
 * @param kind agendum's kind of it, as written
 * @param topics its {@code keywords}
 * @param track the track of agendum's category, if it has one
 * @param start its {@code start}
 * @param zone its {@code timeZone}; empty for floating time
 * @param duration its {@code duration}
 * @param untimed whether agendum wrote it for a block without timing
 * @param status its {@code status}
 * @param sequence its {@code sequence}
 * @param places its {@code locations}, in order
 * @param online its first virtual location
 * @param links its {@code links}, in order
 * @param people its {@code participants}, in order
 * @param localizations its {@code localizations}, as agendum reads them
 * @param rule its recurrence rule
 * @param excluded the occurrences its {@code recurrenceOverrides} exclude
 */
record Entry(String pointer, String uid, Optional<String> parentUid, Optional<String> title,
        Optional<String> description, Optional<String> locale, Optional<String> kind, List<String> topics,
        Optional<String> track, LocalDateTime start, Optional<ZoneId> zone, JsValues.NominalDuration duration,
        boolean untimed, String status, int sequence, List<Place> places, Optional<Online> online, List<Link> links,
        List<Person> people, List<Localization> localizations, Optional<Rule> rule, List<LocalDateTime> excluded) {

    /**
     * A location.
     *
     * @param key its key in {@code locations}
     * @param name its {@code name}
     * @param coordinates its {@code coordinates}, read
     * @param overflow whether agendum marked it as an overflow room
     */
    record Place(String key, Optional<String> name, Optional<GeoPoint> coordinates, boolean overflow) {}

    /**
     * A virtual location.
     *
     * @param uri its {@code uri}
     * @param name its {@code name}
     */
    record Online(URI uri, Optional<String> name) {}

    /**
     * A participant.
     *
     * @param key its key in {@code participants}
     * @param pointer its JSON Pointer
     * @param name its {@code name}, else its {@code email}, else its key
     * @param group whether its {@code kind} is {@code group}
     * @param roles the roles set to true
     */
    record Person(String key, String pointer, String name, boolean group, List<String> roles) {}

    /**
     * A recurrence rule of the subset agendum's model has.
     *
     * @param pointer its JSON Pointer
     * @param frequency its {@code frequency}
     * @param interval its {@code interval}
     * @param count its {@code count}
     * @param until its {@code until}
     */
    record Rule(String pointer, String frequency, int interval, Optional<Integer> count,
            Optional<LocalDateTime> until) {}
}
