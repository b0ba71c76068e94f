package org.agendum.schedule;

import java.util.List;

/**
 * Lets this module's tests use the canonical JSON and iCalendar formats (test dependencies) when
 * they run inside the module {@code org.agendum.schedule}, which does not read those modules and
 * should not, for the sake of tests, declare that it does. On the class path this does nothing.
 */
final class OtherFormats {

    static {
        Module self = OtherFormats.class.getModule();
        if (self.isNamed() && self.getLayer() != null) {
            for (String name : List.of("org.agendum.json", "org.agendum.ical")) {
                self.getLayer().findModule(name).ifPresent(self::addReads);
            }
        }
    }

    private OtherFormats() {}

    /** Makes the other formats' modules readable by this module; the first call does it. */
    static void readable() {
        // The static initializer does the work, once.
    }
}
