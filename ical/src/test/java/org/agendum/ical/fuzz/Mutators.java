package org.agendum.ical.fuzz;

import java.util.List;

/** Every mutator, in a fixed order: a case's first mutator is the one its index selects. */
public final class Mutators {

    /** The mutators. */
    public static final List<Mutator> ALL = List.of(
            new Mutator("byte-flip", true, ByteMutators::flip),
            new Mutator("byte-insert", true, ByteMutators::insert),
            new Mutator("byte-delete", true, ByteMutators::delete),
            new Mutator("invalid-utf8", true, ByteMutators::invalidUtf8),
            new Mutator("line-duplicate", true, LineMutators::duplicate),
            new Mutator("line-delete", true, LineMutators::delete),
            new Mutator("line-swap", true, LineMutators::swap),
            new Mutator("line-ends", true, LineMutators::lineEnds),
            new Mutator("fold-everywhere", false, LineMutators::foldEverywhere),
            new Mutator("fold-broken", true, LineMutators::foldBroken),
            new Mutator("lowercase-names", true, LineMutators::lowercaseNames),
            new Mutator("deep-nesting", false, StructureMutators::deepNesting),
            new Mutator("many-components", false, StructureMutators::manyComponents),
            new Mutator("many-properties", false, StructureMutators::manyProperties),
            new Mutator("end-edits", false, StructureMutators::endEdits),
            new Mutator("document-size", false, StructureMutators::documentSize),
            new Mutator("concatenated", true, StructureMutators::concatenated),
            new Mutator("long-text", false, TextMutators::longText),
            new Mutator("long-line", false, TextMutators::longLine),
            new Mutator("odd-text", false, TextMutators::oddText),
            new Mutator("odd-uid", false, TextMutators::oddUid),
            new Mutator("odd-params", false, TextMutators::oddParams),
            new Mutator("odd-datetime", false, TimeMutators::oddDateTime),
            new Mutator("odd-duration", false, TimeMutators::oddDuration),
            new Mutator("odd-tzid", false, TimeMutators::oddTzid),
            new Mutator("floating", false, TimeMutators::floating),
            new Mutator("zone-rules", false, ZoneMutators::zoneRules),
            new Mutator("zone-observances", false, ZoneMutators::zoneObservances),
            new Mutator("zone-years", false, ZoneMutators::zoneYears),
            new Mutator("zone-lists", false, ZoneMutators::zoneLists),
            new Mutator("zone-renamed", false, ZoneMutators::zoneRenamed),
            new Mutator("structured-json", false, JsonMutators::structuredJson));

    private Mutators() {}

    /**
     * Finds a mutator by name.
     *
     * @param name its name
     * @return the mutator
     * @throws IllegalArgumentException if there is none of that name
     */
    public static Mutator named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mutator '" + name + "'"));
    }
}
