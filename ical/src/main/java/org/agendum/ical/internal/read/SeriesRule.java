package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Recurrence;

/**
 * A VEVENT's RRULE and EXDATEs, read as the model's {@link Recurrence} when it can say the same:
 * FREQ DAILY, WEEKLY, MONTHLY or YEARLY, an INTERVAL, a COUNT or an UNTIL, and BYDAY, BYMONTHDAY
 * or BYMONTH only where they repeat what DTSTART already says, and no RDATE (Google writes {@code BYDAY=TU} for a
 * weekly series that starts on a Tuesday); WKST changes nothing then. Anything else (several days a
 * week, BYSETPOS, an endless series, more than {@link Recurrence#MAX_OCCURRENCES} occurrences) is
 * not a series the model can hold: the reader keeps the first occurrence and says why in a note.
 *
 * <p>UNTIL becomes the last date a session may start on, in the event's zone; an EXDATE becomes
 * the date, in that zone, of the session it removes, and one that removes no session is ignored, as
 * RFC 5545 ignores it.
 *
 * @param rule the RRULE's value
 * @param excluded the EXDATEs' values
 * @param added whether the VEVENT has RDATEs too: occurrences the model cannot add to a series
 */
record SeriesRule(String rule, List<When> excluded, boolean added) {

    /**
     * What the rule reads as: a recurrence, or why there is none.
     *
     * @param recurrence the recurrence, if the model can say it
     * @param reason why not, if not
     */
    record Reading(Optional<Recurrence> recurrence, String reason) {
        static Reading not(String reason) {
            return new Reading(Optional.empty(), reason);
        }
    }

    /**
     * Finds a VEVENT's series.
     *
     * @param vevent the VEVENT
     * @param times the reader of its EXDATEs
     * @return its RRULE and EXDATEs, if it has an RRULE
     * @throws IcsProblem if an EXDATE is not a DATE or DATE-TIME, or names an unknown zone
     */
    static Optional<SeriesRule> of(Component vevent, TimeReader times) {
        Optional<Property> rrule = vevent.first("RRULE");
        return rrule.isEmpty() ? Optional.empty()
                : Optional.of(new SeriesRule(rrule.get().value(), times.readAll(vevent, "EXDATE"),
                        vevent.first("RDATE").isPresent()));
    }

    /**
     * Reads the rule for a series whose first session starts at {@code start}.
     *
     * @param start the DTSTART
     * @param zone the event's zone
     * @return the recurrence, or the reason there is none
     */
    Reading in(When start, ZoneId zone) {
        if (added) {
            return Reading.not("its RDATEs add occurrences that are not in the rule");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.trim().split(";")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                return Reading.not("'" + IcsProblem.shown(part) + "' is not a NAME=VALUE rule part");
            }
            parts.put(part.substring(0, equals).trim().toUpperCase(Locale.ROOT), part.substring(equals + 1).trim());
        }
        LocalDateTime first = start.local(zone);
        Recurrence.Frequency frequency;
        try {
            frequency = Recurrence.Frequency.valueOf(parts.getOrDefault("FREQ", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Reading.not("FREQ=" + IcsProblem.shown(parts.getOrDefault("FREQ", "")) + " is not daily, weekly, "
                    + "monthly or yearly");
        }
        Recurrence.Builder recurrence = Recurrence.builder().frequency(frequency);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            String value = part.getValue().toUpperCase(Locale.ROOT);
            switch (part.getKey()) {
                case "FREQ", "WKST":
                    break;
                case "INTERVAL":
                    recurrence.interval(number(value));
                    break;
                case "COUNT":
                    recurrence.count(number(value));
                    break;
                case "UNTIL":
                    Optional<LocalDate> until = until(value, first, zone);
                    if (until.isEmpty()) {
                        return Reading.not("UNTIL=" + IcsProblem.shown(value) + " is not a DATE or DATE-TIME");
                    }
                    recurrence.until(until.get());
                    break;
                case "BYDAY":
                    if (frequency != Recurrence.Frequency.WEEKLY || !value.equals(dayCode(first.getDayOfWeek()))) {
                        return Reading.not("BYDAY=" + IcsProblem.shown(value) + " says more than the first session's day");
                    }
                    break;
                case "BYMONTHDAY":
                    if (frequency == Recurrence.Frequency.DAILY || frequency == Recurrence.Frequency.WEEKLY
                            || !value.equals(Integer.toString(first.getDayOfMonth()))) {
                        return Reading.not("BYMONTHDAY=" + IcsProblem.shown(value) + " says more than the first session's day");
                    }
                    break;
                case "BYMONTH":
                    if (frequency != Recurrence.Frequency.YEARLY || !value.equals(Integer.toString(first.getMonthValue()))) {
                        return Reading.not("BYMONTH=" + IcsProblem.shown(value) + " says more than the first session's month");
                    }
                    break;
                default:
                    return Reading.not(part.getKey() + " is not supported");
            }
        }
        if (!parts.containsKey("COUNT") && !parts.containsKey("UNTIL")) {
            return Reading.not("it has neither COUNT nor UNTIL: an endless series");
        }
        try {
            Recurrence read = recurrence.build();
            List<LocalDate> dates = read.datesFrom(first.toLocalDate());
            List<LocalDate> removed = new ArrayList<>();
            for (When exdate : excluded) {
                LocalDate date = exdate.local(zone).toLocalDate();
                if (dates.contains(date) && !removed.contains(date)) {
                    removed.add(date);
                }
            }
            if (removed.size() == dates.size()) {
                return Reading.not("its EXDATEs remove every occurrence");
            }
            return new Reading(Optional.of(read.withExcludedDates(removed)), "");
        } catch (InvariantViolationException | NumberFormatException e) {
            return Reading.not(e.getMessage());
        }
    }

    /** A whole number; {@link NumberFormatException} for anything else. */
    private static int number(String value) {
        if (!value.matches("[0-9]{1,9}")) {
            throw new NumberFormatException("'" + IcsProblem.shown(value) + "' is not a whole number");
        }
        return Integer.parseInt(value);
    }

    /**
     * The last date a session may start on: UNTIL's date in the event's zone, or the day before if
     * the session of that date would start after UNTIL; never before the first session's date.
     */
    private static Optional<LocalDate> until(String value, LocalDateTime first, ZoneId zone) {
        LocalDateTime until;
        try {
            if (value.length() == 8) {
                until = DateTimeValues.date(value).atTime(23, 59, 59);
            } else if (value.endsWith("Z")) {
                until = DateTimeValues.localDateTime(value.substring(0, value.length() - 1))
                        .atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(zone).toLocalDateTime();
            } else {
                until = DateTimeValues.localDateTime(value);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate date = until.toLocalDate();
        if (date.atTime(first.toLocalTime()).isAfter(until)) {
            date = date.minusDays(1);
        }
        return Optional.of(date.isBefore(first.toLocalDate()) ? first.toLocalDate() : date);
    }

    /** RFC 5545's two-letter code of a day of the week. */
    private static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
