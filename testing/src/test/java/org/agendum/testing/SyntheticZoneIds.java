package org.agendum.testing;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Run in a JVM of its own by {@code RandomEventsZonesTest}: registers a zone rules provider with
 * 1,500 synthetic ids shaped like ical4j's ({@code ical4j-local-<token>-<n>}, {@code
 * ical4j~<uuid>}) before anything asks for {@link RandomEvents#zones()}, as a test run does that
 * used ical4j earlier. Prints how many ids {@link ZoneId#getAvailableZoneIds()} then lists, and
 * the ids of {@link RandomEvents#zones()}, one a line.
 */
final class SyntheticZoneIds extends ZoneRulesProvider {

    /** How many ids the provider registers. */
    static final int COUNT = 1_500;

    private final Set<String> ids = new LinkedHashSet<>();

    private SyntheticZoneIds() {
        for (int n = 0; n < COUNT / 2; n++) {
            ids.add("ical4j-local-5eed0c1d-" + n);
            ids.add("ical4j~" + UUID.nameUUIDFromBytes(("zone " + n).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Registers the provider, then prints the count of available ids and the zones.
     *
     * @param arguments none
     */
    public static void main(String[] arguments) {
        ZoneRulesProvider.registerProvider(new SyntheticZoneIds());
        System.out.println(ZoneId.getAvailableZoneIds().size());
        RandomEvents.zones().forEach(zone -> System.out.println(zone.getId()));
    }

    @Override
    protected Set<String> provideZoneIds() {
        return ids;
    }

    @Override
    protected ZoneRules provideRules(String zoneId, boolean forCaching) {
        return ZoneOffset.UTC.getRules();
    }

    @Override
    protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
        return new TreeMap<>(Map.of(zoneId, ZoneOffset.UTC.getRules()));
    }
}
