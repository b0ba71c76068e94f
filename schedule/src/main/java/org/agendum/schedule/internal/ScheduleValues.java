package org.agendum.schedule.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * The values of a schedule, read from their text: each reading fails with an {@link
 * EventFormatException} of kind {@link Kind#INVALID_VALUE} at the value's place.
 */
public final class ScheduleValues {

    /** frab's durations: {@code 00:50}, {@code 1:30}, {@code 01:30:00}; hours beyond 24 are read. */
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");

    private ScheduleValues() {}

    /**
     * Reads an ISO date ({@code 2020-02-01}).
     *
     * @param text the text
     * @param place its place
     * @return the date
     * @throws EventFormatException if it is not a date
     */
    public static LocalDate date(String text, Place place) throws EventFormatException {
        return parse(text, place, LocalDate::parse, "a date (yyyy-mm-dd)");
    }

    /**
     * Reads a wall-clock time ({@code 09:30} or {@code 09:00:00}).
     *
     * @param text the text
     * @param place its place
     * @return the time
     * @throws EventFormatException if it is not a time
     */
    public static LocalTime time(String text, Place place) throws EventFormatException {
        return parse(text, place, LocalTime::parse, "a time (hh:mm)");
    }

    /**
     * Reads a duration as frab writes it ({@code 00:50}, {@code 01:30:00}): hours, minutes and
     * seconds, more than zero.
     *
     * @param text the text
     * @param place its place
     * @return the duration
     * @throws EventFormatException if it is not a duration, or is zero
     */
    public static Duration duration(String text, Place place) throws EventFormatException {
        Matcher hm = HOURS_MINUTES.matcher(text);
        if (!hm.matches()) {
            throw place.problem(Kind.INVALID_VALUE, "'" + quoted(text) + "' is not a duration (hh:mm)", null);
        }
        Duration duration = Duration.ofHours(Long.parseLong(hm.group(1))).plusMinutes(Long.parseLong(hm.group(2)))
                .plusSeconds(hm.group(3) == null ? 0 : Long.parseLong(hm.group(3)));
        if (duration.isZero()) {
            throw place.problem(Kind.INVALID_VALUE, "a talk must last more than " + text, null);
        }
        return duration;
    }

    /**
     * Reads a date-time with an offset ({@code 2014-12-27T11:00:00+01:00}); a bare date, which the
     * XSD also allows for a conference's start and end, reads as absent.
     *
     * @param text the text
     * @param place its place
     * @return the date-time, or empty for a date
     * @throws EventFormatException if it is neither
     */
    public static Optional<OffsetDateTime> dateTime(String text, Place place) throws EventFormatException {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeException e) {
            date(text, place);
            return Optional.empty();
        }
    }

    /**
     * Reads a date-time that must have an offset.
     *
     * @param text the text
     * @param place its place
     * @return the date-time
     * @throws EventFormatException if it is not a date-time with an offset
     */
    public static OffsetDateTime offsetDateTime(String text, Place place) throws EventFormatException {
        return parse(text, place, OffsetDateTime::parse, "a date-time with an offset");
    }

    /**
     * Reads an IANA time zone id.
     *
     * @param text the text
     * @param place its place
     * @return the zone
     * @throws EventFormatException if the JDK does not know the zone
     */
    public static ZoneId zone(String text, Place place) throws EventFormatException {
        return parse(text, place, ZoneId::of, "a time zone the JDK knows");
    }

    /** Parses a text with java.time, or fails at its place saying what it is not. */
    private static <T> T parse(String text, Place place, Function<String, T> parser, String what) throws EventFormatException {
        try {
            return parser.apply(text);
        } catch (DateTimeException e) {
            throw place.problem(Kind.INVALID_VALUE, "'" + quoted(text) + "' is not " + what, e);
        }
    }

    /**
     * Reads an absolute URL, as a link needs: a scheme and a host.
     *
     * @param text the text
     * @return the URL, or empty when the text is not one ("www.axoloti.be", "https://")
     */
    public static Optional<URI> absoluteUrl(String text) {
        try {
            URI url = new URI(text);
            return url.getScheme() != null && url.getHost() != null ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns whether a URL is an http or https one, as the XSD's {@code httpURI} wants.
     *
     * @param url the URL
     * @return true for http and https
     */
    public static boolean isWeb(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
    }

    /** Returns a value as a message quotes it: at most 60 characters. */
    static String quoted(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
