package org.agendum.web.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as a page is written: elements opened and closed in order, text escaped, one element a
 * line where that helps a reader of the source. Only this class writes markup characters, so a
 * text of the event can never become markup.
 */
final class Html {

    /** A web address in running text, without the punctuation that usually follows one. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]}»”’]");

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Writes markup as it is: only constant markup of the writer's own, never event text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Writes text, escaped. */
    Html text(String text) {
        escape(text, out);
        return this;
    }

    /** Writes text, escaped, with each web address in it a link to itself. */
    Html linked(String text) {
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            escape(text.substring(from, url.start()), out);
            out.append("<a href=\"");
            escape(url.group(), out);
            out.append("\">");
            escape(url.group(), out);
            out.append("</a>");
            from = url.end();
        }
        escape(text.substring(from), out);
        return this;
    }

    /** Writes lines of text, linked, joined by {@code <br>}. */
    Html lines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            linked(lines[i]);
        }
        return this;
    }

    /** Writes an element holding text: {@code <tag attributes>text</tag>}. */
    Html element(String tag, String attributes, String text) {
        out.append('<').append(tag).append(attributes).append('>');
        lines(text);
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An attribute with its value escaped: {@code  name="value"}. */
    static String attribute(String name, String value) {
        StringBuilder text = new StringBuilder(name.length() + value.length() + 4).append(' ').append(name).append("=\"");
        escape(value, text);
        return text.append('"').toString();
    }

    /** Escapes the characters that could end text or an attribute value. */
    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
