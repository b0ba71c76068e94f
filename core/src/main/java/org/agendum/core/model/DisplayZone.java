package org.agendum.core.model;

import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * A zone in which a programme prints its times, with the label it prints for it: {@code
 * America/Mexico_City} labelled "México".
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisplayZone {

    DisplayZone() {}

    /**
     * Obtains a display zone.
     *
     * @param zone the zone
     * @param label the label printed beside times in that zone
     * @return the display zone
     */
    public static DisplayZone of(ZoneId zone, String label) {
        return ImmutableDisplayZone.builder().zone(zone).label(label).build();
    }

    /**
     * Returns the zone.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * Returns the label printed beside times in this zone ("México", "Uruguay").
     *
     * @return the label, not blank
     */
    public abstract String label();

    @Value.Check
    final void check() {
        Checks.text(label(), "/label");
    }
}
