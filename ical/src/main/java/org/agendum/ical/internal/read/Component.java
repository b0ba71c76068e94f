package org.agendum.ical.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A component the reader keeps, with the properties and subcomponents it reads. */
final class Component {

    private final String name;
    private final int line;
    private final List<Property> properties = new ArrayList<>(8);
    /** Made on the first child: most kept components (VEVENTs) have none, and there may be 100,000. */
    private List<Component> children = List.of();

    Component(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    /** The line of its BEGIN. */
    int line() {
        return line;
    }

    List<Component> children() {
        return children;
    }

    /** The first property of a name. */
    Optional<Property> first(String property) {
        for (Property p : properties) {
            if (p.name().equals(property)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every property of a name, in document order. */
    List<Property> all(String property) {
        List<Property> found = new ArrayList<>();
        for (Property p : properties) {
            if (p.name().equals(property)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The first property's value, as written. */
    Optional<String> value(String property) {
        return first(property).map(Property::value);
    }

    void add(Property property) {
        properties.add(property);
    }

    void add(Component child) {
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
    }
}
