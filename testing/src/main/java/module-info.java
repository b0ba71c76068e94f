/**
 * Test support for users of agendum: the seed events composed in code, seeded random events and
 * assertions on validation reports.
 */
module org.agendum.testing {
    requires transitive org.agendum.core;

    exports org.agendum.testing;
}
