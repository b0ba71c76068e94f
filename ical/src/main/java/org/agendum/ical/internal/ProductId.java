package org.agendum.ical.internal;

/** The PRODID (RFC 5545 §3.7.3) agendum writes, whose prefix marks the files it wrote. */
public final class ProductId {

    /** The product identifier. */
    public static final String VALUE = "-//agendum//agendum 0.1//EN";

    /** What every version's product identifier starts with. */
    public static final String PREFIX = "-//agendum//";

    private ProductId() {}
}
