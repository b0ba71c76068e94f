package org.agendum.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an accessor's Javadoc that the generated methods repeat: the first sentence and the
 * block tags, each with its text on one line. A tag may be repeated ({@code @refusedIf} once for each
 * condition that refuses a value).
 */
final class DocComment {

    private final String firstSentence;
    private final Map<String, List<String>> tags;

    private DocComment(String firstSentence, Map<String, List<String>> tags) {
        this.firstSentence = firstSentence;
        this.tags = tags;
    }

    /**
     * Parses a doc comment as {@code Elements.getDocComment} returns it.
     *
     * @param text the comment, without {@code /**}, the closing delimiter and the leading asterisks
     * @return its parts
     */
    static DocComment parse(String text) {
        StringBuilder main = new StringBuilder();
        Map<String, List<String>> tags = new LinkedHashMap<>();
        String tag = null;
        StringBuilder tagText = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                if (tag != null) {
                    tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(tagText.toString().strip());
                }
                int space = trimmed.indexOf(' ');
                tag = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
                tagText = new StringBuilder(space < 0 ? "" : trimmed.substring(space + 1));
            } else if (tag != null) {
                tagText.append(' ').append(trimmed);
            } else {
                main.append(trimmed).append(' ');
            }
        }
        if (tag != null) {
            tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(tagText.toString().strip());
        }
        return new DocComment(firstSentence(main.toString().strip()), tags);
    }

    /**
     * The first sentence, without "Returns " and the final period: what the attribute is.
     *
     * @return "the themes the event addresses, in the order printed" for "Returns the themes the
     *     event addresses, in the order printed."
     */
    String description() {
        String sentence = firstSentence.startsWith("Returns ") ? firstSentence.substring("Returns ".length()) : firstSentence;
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * The text of a block tag.
     *
     * @param name the tag's name, without {@code @}
     * @return its text on one line, or null if the comment has no such tag; the texts of a repeated tag
     *     joined by ", or if " ("the id is empty, or if the id is too long")
     */
    String tag(String name) {
        List<String> texts = tags(name);
        return texts.isEmpty() ? null : String.join(", or if ", texts);
    }

    /**
     * The texts of a block tag that may be repeated.
     *
     * @param name the tag's name, without {@code @}
     * @return the text of each occurrence on one line, in order; empty if the comment has no such tag
     */
    List<String> tags(String name) {
        return tags.getOrDefault(name, List.of());
    }

    /**
     * Up to the first period that ends the text or is followed by white space and a capital letter or
     * a tag ("e.g. {@code ...}" does not end a sentence); a period inside braces never does.
     */
    private static String firstSentence(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '.' && depth == 0 && (i + 1 == text.length() || endsSentence(text, i + 1))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    private static boolean endsSentence(String text, int from) {
        if (!Character.isWhitespace(text.charAt(from))) {
            return false;
        }
        String rest = text.substring(from).stripLeading();
        return rest.isEmpty() || Character.isUpperCase(rest.charAt(0)) || rest.startsWith("<");
    }
}
