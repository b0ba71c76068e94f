package org.agendum.schedule.internal;

/**
 * Prints XML by hand, two spaces a level, {@code "\n"} line ends: elements with attributes, and
 * texts escaped. A character XML 1.0 cannot carry (a control character, a lone surrogate) is
 * written as U+FFFD.
 */
final class XmlPrinter {

    private final StringBuilder out = new StringBuilder(8192);
    private int depth;

    XmlPrinter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element with attributes given as name, value pairs. */
    XmlPrinter open(String name, String... attributes) {
        startTag(name, attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    /** Closes the element last opened. */
    XmlPrinter close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Writes an element with a text (empty: {@code <name/>}) and attributes given as name, value pairs. */
    XmlPrinter leaf(String name, String text, String... attributes) {
        startTag(name, attributes);
        if (text.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append('>');
            escape(text, false);
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** Returns the document printed. */
    String document() {
        return out.toString();
    }

    private void startTag(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
