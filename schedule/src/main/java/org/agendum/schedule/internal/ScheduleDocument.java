package org.agendum.schedule.internal;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.LinkKind;

/**
 * What a schedule says, as both readers find it: the values are parsed (a time is a {@link
 * LocalTime}, a duration a {@link Duration}), each with its {@link Place}, but nothing is mapped
 * to the model yet; {@link ScheduleImporter} does that, the same for XML and JSON.
 *
 * @param conference the conference
 * @param days the days, in document order
 */
public record ScheduleDocument(Conference conference, List<Day> days) {

    /**
     * The {@code conference} of a schedule.
     *
     * @param place its place
     * @param title the title
     * @param acronym the acronym
     * @param subtitle the subtitle (FOSDEM writes one; not in the XSD)
     * @param description the description (pretalx's JSON)
     * @param venue the venue's name (FOSDEM writes one; not in the XSD)
     * @param city the city (FOSDEM writes one; not in the XSD)
     * @param start the start, when it is a date-time with an offset
     * @param end the end, when it is a date-time with an offset
     * @param zone the {@code time_zone_name}
     * @param dayChange frab's {@code day_change}: when a conference day begins
     * @param url the conference's web site
     */
    public record Conference(Place place, Optional<String> title, Optional<String> acronym, Optional<String> subtitle,
            Optional<String> description, Optional<String> venue, Optional<String> city, Optional<OffsetDateTime> start,
            Optional<OffsetDateTime> end, Optional<ZoneId> zone, Optional<LocalTime> dayChange, Optional<URI> url) {

        /**
         * Reads a conference, as either format writes it: a start or end that is a bare date reads
         * as absent, and a URL that is not absolute is left out.
         *
         * @param conference the {@code conference} element or object
         * @return the conference
         * @throws EventFormatException if a date, time or zone cannot be read
         */
        static Conference read(ScheduleFields conference) throws EventFormatException {
            return new Conference(conference.place(), conference.text("title"), conference.text("acronym"),
                    conference.text("subtitle"), conference.text("description"), conference.text("venue"),
                    conference.text("city"), conference.read("start", ScheduleValues::dateTime).flatMap(d -> d),
                    conference.read("end", ScheduleValues::dateTime).flatMap(d -> d),
                    conference.read("time_zone_name", ScheduleValues::zone), conference.read("day_change", ScheduleValues::time),
                    conference.text("url").flatMap(ScheduleValues::absoluteUrl));
        }
    }

    /**
     * A {@code day} of a schedule and the talks listed under it.
     *
     * @param place its place
     * @param date its date
     * @param start when it starts
     * @param end when it ends
     * @param talks its talks, room by room, in document order
     */
    public record Day(Place place, LocalDate date, Optional<OffsetDateTime> start, Optional<OffsetDateTime> end,
            List<Talk> talks) {}

    /**
     * A talk ({@code event}) of a schedule.
     *
     * @param place its place
     * @param id its id
     * @param title its title
     * @param start its wall-clock start on its conference day
     * @param duration how long it lasts
     * @param room its {@code room}, or else the room it is listed under
     * @param subtitle its subtitle
     * @param track its track
     * @param type its type (free text: "lecture", "workshop"…)
     * @param language its language
     * @param summary its abstract
     * @param description its description
     * @param persons its speakers, in order
     * @param links its links and attachments, in order
     */
    public record Talk(Place place, String id, String title, LocalTime start, Duration duration, Optional<String> room,
            Optional<String> subtitle, Optional<String> track, Optional<String> type, Optional<String> language,
            Optional<String> summary, Optional<String> description, List<Speaker> persons, List<TalkLink> links) {}

    /**
     * A person of a talk.
     *
     * @param place its place
     * @param id its id: frab's integer id, or pretalx's code
     * @param name its public name
     */
    public record Speaker(Place place, String id, String name) {}

    /**
     * A link or attachment of a talk.
     *
     * @param place its place
     * @param href the address as written, which may not be an absolute URL
     * @param label its title
     * @param kind what its type or label says it is
     */
    public record TalkLink(Place place, String href, Optional<String> label, Optional<LinkKind> kind) {}
}
