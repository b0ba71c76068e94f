package org.agendum.schedule.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of {@code schedule.xml} as {@link XmlTree} reads it: its name, attributes, own text,
 * child elements and {@link Place}. Blank texts and attributes read as absent: frab writes {@code
 * <subtitle/>} and {@code <language></language>} for what a talk does not have.
 */
final class XmlElement implements ScheduleFields {

    private final String name;
    private final Place place;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    XmlElement(String name, Place place) {
        this.name = name;
        this.place = place;
    }

    /** Returns the element's local name. */
    String name() {
        return name;
    }

    /** Returns the element's place: its line, column and XPath. */
    @Override
    public Place place() {
        return place;
    }

    void attribute(String attribute, String value) {
        attributes.put(attribute, value);
    }

    StringBuilder textBuffer() {
        return text;
    }

    void add(XmlElement child) {
        children.add(child);
    }

    /** Returns the number of children named like a new one: its 1-based index among them, less one. */
    int count(String childName) {
        int count = 0;
        for (XmlElement child : children) {
            count += child.name.equals(childName) ? 1 : 0;
        }
        return count;
    }

    /** Returns the first child element with a name, if any. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** Returns the child elements with a name, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** Returns the element's own text, trimmed, or empty when blank. */
    Optional<String> text() {
        return nonBlank(text.toString());
    }

    /** Returns the trimmed text of the first child with a name, or empty when it is absent or blank. */
    @Override
    public Optional<String> text(String childName) {
        return child(childName).flatMap(XmlElement::text);
    }

    /** Returns an attribute, trimmed, or empty when it is absent or blank. */
    Optional<String> attribute(String attribute) {
        return nonBlank(attributes.get(attribute));
    }

    /** Returns the place of a child's text (the child's own place) or of an attribute of this element. */
    @Override
    public Place placeOf(String field) {
        if (attributes.containsKey(field)) {
            return place.at("@" + field);
        }
        return child(field).map(XmlElement::place).orElseGet(() -> place.at(field));
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
