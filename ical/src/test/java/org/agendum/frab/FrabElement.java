package org.agendum.frab;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a schedule with its place in the document, an XPath such as {@code
 * /schedule/day[2]/room[3]/event[1]}, and the readings of its texts and attributes that name that
 * place when they fail. Blank texts and attributes read as absent: frab writes {@code <subtitle/>}
 * and {@code <language></language>} for what a talk does not have.
 */
final class FrabElement {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private final Element element;
    private final String place;

    FrabElement(Element element, String place) {
        this.element = element;
        this.place = place;
    }

    /** Returns the XPath of this element. */
    String place() {
        return place;
    }

    /** Returns the first child element with a name, if any. */
    Optional<FrabElement> child(String name) {
        List<FrabElement> children = children(name);
        return children.isEmpty() ? Optional.empty()
                : Optional.of(new FrabElement(children.get(0).element, place + "/" + name));
    }

    /** Returns the child elements with a name, in document order, each with its 1-based index among them. */
    List<FrabElement> children(String name) {
        List<FrabElement> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                children.add(new FrabElement(child, place + "/" + name + "[" + (children.size() + 1) + "]"));
            }
        }
        return children;
    }

    /** Returns the element's own text, trimmed, or empty when blank. */
    Optional<String> text() {
        return nonBlank(element.getTextContent());
    }

    /** Returns the trimmed text of the first child with a name, or empty when it is absent or blank. */
    Optional<String> text(String name) {
        return child(name).flatMap(FrabElement::text);
    }

    /** Returns an attribute, trimmed, or empty when it is absent or blank. */
    Optional<String> attribute(String name) {
        return nonBlank(element.getAttribute(name));
    }

    /** Reads an ISO date ({@code 2020-02-01}) from a child or an attribute of this element. */
    LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw invalid(placeOf(field), "'" + text + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** Reads a wall-clock time ({@code 09:30} or {@code 09:00:00}) from a child of this element. */
    LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw invalid(placeOf(field), "'" + text + "' is not a time (hh:mm)", e);
        }
    }

    /** Reads a duration as frab writes it ({@code 00:50} or {@code 01:30:00}), positive, from a child of this element. */
    Duration duration(String field, String text) {
        Matcher hm = HOURS_MINUTES.matcher(text);
        if (!hm.matches()) {
            throw invalid(placeOf(field), "'" + text + "' is not a duration (hh:mm)", null);
        }
        Duration duration = Duration.ofHours(Long.parseLong(hm.group(1))).plusMinutes(Long.parseLong(hm.group(2)))
                .plusSeconds(hm.group(3) == null ? 0 : Long.parseLong(hm.group(3)));
        if (duration.isZero()) {
            throw invalid(placeOf(field), "a talk must last more than " + text, null);
        }
        return duration;
    }

    /** Returns the place of a child or, for a name of an attribute of this element, of that attribute. */
    private String placeOf(String field) {
        return element.hasAttribute(field) ? place + "/@" + field : place + "/" + field;
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /**
     * Returns the failure to read a value at a place, unchecked so that it can leave a lambda;
     * {@link FrabScheduleReader#read} throws its {@link Refusal#exception() exception}.
     */
    static Refusal invalid(String place, String message, Throwable cause) {
        return new Refusal(EventFormatException.atPointer(Kind.INVALID_VALUE, message, place, cause));
    }

    /** An {@link EventFormatException} on its way out of a lambda. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(EventFormatException exception) {
            super(exception);
        }

        /** Returns the exception to throw. */
        EventFormatException exception() {
            return (EventFormatException) getCause();
        }
    }
}
