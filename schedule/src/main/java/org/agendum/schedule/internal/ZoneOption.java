package org.agendum.schedule.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.FormatOption;

/** The one option of the schedule formats: {@code zone}, for schedules that state none. */
public final class ZoneOption {

    /** The option's name. */
    public static final String NAME = "zone";

    /** The option's value when no zone is set. */
    public static final String NONE = "none";

    /** The options of a schedule format: just this one. */
    public static final List<FormatOption> OPTIONS = List.of(FormatOption.text(NAME,
            "The IANA time zone of a schedule without time_zone_name (FOSDEM's and 31C3's have none), such as"
                    + " Europe/Brussels; 'none' reads such a schedule in the offset of its first day.", NONE));

    private ZoneOption() {}

    /**
     * Returns the value of the option, as text.
     *
     * @param format the format, to check the option's name against
     * @param name the option's name
     * @param zone the zone set, if any
     * @return the zone's id, or {@value #NONE}
     * @throws IllegalArgumentException if the format has no option of that name
     */
    public static String value(EventFormat format, String name, Optional<ZoneId> zone) {
        FormatOption.find(format, name);
        return zone.map(ZoneId::getId).orElse(NONE);
    }

    /**
     * Reads the option's value.
     *
     * @param format the format, to check the option's name against
     * @param name the option's name
     * @param value a zone id, or {@value #NONE}
     * @return the zone, or empty for {@value #NONE}
     * @throws IllegalArgumentException if the format has no option of that name, or the zone is unknown
     */
    public static Optional<ZoneId> parse(EventFormat format, String name, String value) {
        FormatOption.find(format, name);
        if (value.equals(NONE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("option zone: '" + value + "' is not a time zone the JDK knows", e);
        }
    }
}
