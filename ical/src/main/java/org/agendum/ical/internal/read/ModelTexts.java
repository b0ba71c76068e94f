package org.agendum.ical.internal.read;

import java.util.Locale;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Texts as the model takes them: line breaks as LF, the control characters TEXT cannot carry as
 * spaces, and at most as many characters as the JSON format reads, so that converting a calendar to
 * JSON never writes a document agendum would refuse.
 */
final class ModelTexts {

    private final int limit;

    ModelTexts(int limit) {
        this.limit = limit;
    }

    /**
     * A property's TEXT value for the model.
     *
     * @param property the property
     * @return the text, possibly blank
     * @throws IcsProblem if it is longer than the limit
     */
    String of(Property property) {
        return of(property.text(), property);
    }

    /**
     * A text taken from a property, for the model.
     *
     * @param text the text, unescaped
     * @param from where it comes from, for an error
     * @return the text, possibly blank
     * @throws IcsProblem if it is longer than the limit
     */
    String of(String text, Property from) {
        if (text.length() > limit) {
            throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "%s has %,d characters, more than the %,d agendum reads",
                    from.name(), text.length(), limit), from.line(), 0);
        }
        return normalized(text);
    }

    /**
     * Texts joined by blank lines, for the model.
     *
     * @param parts the texts, already read with {@link #of}
     * @param what what the text is, for an error
     * @param line where it comes from, for an error
     * @return the joined text
     * @throws IcsProblem if it is longer than the limit
     */
    String joined(java.util.List<String> parts, String what, int line) {
        String text = String.join("\n\n", parts);
        if (text.length() > limit) {
            throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "%s would have %,d characters, more than the %,d agendum reads",
                    what, text.length(), limit), line, 0);
        }
        return text;
    }

    /**
     * An id for the model, as long as a text may be (the JSON format reads ids as strings).
     *
     * @param id the id
     * @param line where it comes from, for an error
     * @return the id
     * @throws IcsProblem if it is longer than the limit
     */
    String id(String id, int line) {
        if (id.length() > limit) {
            throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "an id of %,d characters, more than the %,d agendum reads",
                    id.length(), limit), line, 0);
        }
        return id;
    }

    /** A non-blank text of a component's property. */
    Optional<String> nonBlank(Component component, String property) {
        return component.first(property).map(this::of).filter(t -> !t.isBlank());
    }

    /** CR and CRLF as LF, other control characters but tab as spaces. */
    static String normalized(String value) {
        boolean clean = true;
        for (int i = 0; i < value.length() && clean; i++) {
            char c = value.charAt(i);
            clean = !Character.isISOControl(c) || c == '\n' || c == '\t';
        }
        if (clean) {
            return value;
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            out.append(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : ' ');
        }
        return out.toString();
    }
}
