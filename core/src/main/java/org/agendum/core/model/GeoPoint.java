package org.agendum.core.model;

import org.immutables.value.Value;

/**
 * A point on the WGS 84 ellipsoid, in decimal degrees.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GeoPoint {

    GeoPoint() {}

    /**
     * Obtains a point.
     *
     * @param latitude the latitude, from -90 to 90
     * @param longitude the longitude, from -180 to 180
     * @return the point
     * @throws InvariantViolationException if a coordinate is out of range or not a number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return ImmutableGeoPoint.builder().latitude(latitude).longitude(longitude).build();
    }

    /**
     * Returns the latitude.
     *
     * @return degrees north (negative: south), from -90 to 90
     */
    public abstract double latitude();

    /**
     * Returns the longitude.
     *
     * @return degrees east (negative: west), from -180 to 180
     */
    public abstract double longitude();

    @Value.Check
    final void check() {
        if (!(latitude() >= -90 && latitude() <= 90)) {
            throw Checks.violation(Invariant.GEO_OUT_OF_RANGE, "/latitude", "latitude " + latitude() + " is not within [-90, 90]");
        }
        if (!(longitude() >= -180 && longitude() <= 180)) {
            throw Checks.violation(Invariant.GEO_OUT_OF_RANGE, "/longitude", "longitude " + longitude() + " is not within [-180, 180]");
        }
    }
}
