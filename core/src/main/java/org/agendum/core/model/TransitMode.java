package org.agendum.core.model;

/** A mode of public transport that reaches a venue. */
public enum TransitMode {
    /** Metro, subway, underground. */
    METRO,
    /** Tram or light rail. */
    TRAM,
    /** Bus. */
    BUS,
    /** Suburban or long-distance train. */
    TRAIN,
    /** Ferry or water bus. */
    FERRY,
    /** Any other mode. */
    OTHER
}
