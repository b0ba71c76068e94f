package org.agendum.testing;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The zones {@link RandomEvents} draws from: every zone id of the JDK's own tz database, sorted by
 * id.
 *
 * <p>{@link ZoneId#getAvailableZoneIds()} is the union of the ids of every registered {@link
 * java.time.zone.ZoneRulesProvider}, and libraries register providers at run time: the first use of
 * ical4j adds about 1,500 synthetic ids ({@code ical4j-local-<token>-<n>}, and {@code
 * ical4j~<uuid>}), so that set depends on what ran earlier in the JVM, and it is a hash set. The
 * ids kept here are those that {@link TimeZone#getAvailableIDs()} lists too: {@code
 * java.util.TimeZone} reads its ids from the JDK's tz database file ({@code lib/tzdb.dat}) itself,
 * not through the providers, and has no method to add one, so no library can change that list.
 * The intersection is therefore the same before and after any registration. (TimeZone also lists
 * about 30 old three-letter ids such as {@code PST}, which java.time does not accept: the
 * intersection leaves them out.) A filter on ical4j's prefixes would miss the next library's ids.
 */
final class JdkZones {

    /** Every zone of the JDK's tz database, sorted by id: 603 on JDK 17.0.15 (tz data 2025a). */
    static final List<ZoneId> ALL = of(ZoneId.getAvailableZoneIds());

    private JdkZones() {}

    /**
     * The zones among some ids that the JDK's own tz database defines, sorted by id: the ids that
     * {@link TimeZone#getAvailableIDs()} lists too.
     */
    static List<ZoneId> of(Collection<String> registered) {
        Set<String> tzdb = new HashSet<>(Arrays.asList(TimeZone.getAvailableIDs()));
        return registered.stream().filter(tzdb::contains).distinct().sorted().map(ZoneId::of)
                .collect(Collectors.toUnmodifiableList());
    }
}
