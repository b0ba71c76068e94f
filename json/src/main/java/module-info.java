/**
 * The canonical JSON format of agendum events, written and read with Jackson.
 *
 * <p>This module is being built (see the project's issue on the JSON format); it already takes its
 * place in the build so that its dependency on {@code org.agendum.core} is settled.
 */
module org.agendum.json {
    requires transitive org.agendum.core;
}
