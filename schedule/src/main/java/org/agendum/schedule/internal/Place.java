package org.agendum.schedule.internal;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Where a value of a schedule is: a line and column and the element's path in {@code
 * schedule.xml}, or a JSON Pointer in {@code schedule.json}. A problem found there becomes an
 * {@link EventFormatException} that names it.
 *
 * @param line the line of an XML element, 1-based; 0 for a JSON value
 * @param column the column of an XML element, 1-based; 0 for a JSON value
 * @param path the XPath of an XML element ({@code /schedule/day[2]/room[1]/event[3]/duration}) or
 *     the JSON Pointer of a JSON value ({@code /schedule/conference/days/1/rooms/Saal 1/0/duration})
 */
public record Place(int line, int column, String path) {

    /**
     * Obtains the place of an XML element.
     *
     * @param line its line
     * @param column its column
     * @param xpath its path
     * @return the place
     */
    public static Place xml(int line, int column, String xpath) {
        return new Place(Math.max(1, line), Math.max(0, column), xpath);
    }

    /**
     * Obtains the place of a JSON value.
     *
     * @param pointer its JSON Pointer
     * @return the place
     */
    public static Place json(String pointer) {
        return new Place(0, 0, pointer);
    }

    /**
     * Returns the place of something within this one: a child element or attribute in XML (same
     * line, longer path), a member in JSON.
     *
     * @param step the XPath step ({@code "duration"}, {@code "@id"}) or JSON member name
     * @return the place
     */
    public Place at(String step) {
        if (line == 0) {
            return json(path + "/" + step.replace("~", "~0").replace("/", "~1"));
        }
        return new Place(line, column, path + "/" + step);
    }

    /**
     * Returns the exception for a problem at this place.
     *
     * @param kind the kind of problem
     * @param message what is wrong
     * @param cause the cause, or null
     * @return the exception
     */
    public EventFormatException problem(Kind kind, String message, Throwable cause) {
        if (line == 0) {
            return EventFormatException.atPointer(kind, message, path, cause);
        }
        return EventFormatException.atLine(kind, message + " (at " + path + ")", line, column, cause);
    }
}
