package org.agendum.web.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;

/**
 * Which of the event's own texts a page shows in the event's language rather than the page's: a
 * title, subtitle or description the event does not translate into the page's language stays in
 * its default language, and gets that language's {@code lang} attribute, so that a screen reader
 * speaks it with the right voice (WCAG 2.2, 3.1.2 Language of Parts).
 */
public final class TextLanguage {

    /** The event's default language, when the page is in another; else empty. */
    private final Optional<String> other;
    private final Event original;
    private final Map<String, AgendaBlock> blocks = new HashMap<>();

    private TextLanguage(Event original, String pageLanguage) {
        this.original = original;
        this.other = original.defaultLanguage().filter(d -> !primary(d).equals(primary(pageLanguage)));
        if (other.isPresent()) {
            Deque<AgendaBlock> todo = new ArrayDeque<>(original.agenda().blocks());
            while (!todo.isEmpty()) {
                AgendaBlock block = todo.pop();
                blocks.putIfAbsent(block.id(), block);
                todo.addAll(block.children());
            }
        }
    }

    /**
     * Obtains the languages of an event's texts on a page.
     *
     * @param original the event as given, before it is localized to the page's language
     * @param pageLanguage the page's language, a BCP 47 tag
     * @return the languages
     */
    public static TextLanguage of(Event original, String pageLanguage) {
        return new TextLanguage(original, pageLanguage);
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }

    /** The event as given. */
    Event original() {
        return original;
    }

    /** The {@code lang} attribute of an event's text as shown, given the text the event has. */
    String event(String shown, Optional<String> own) {
        return attribute(own.filter(shown::equals).isPresent());
    }

    /** The {@code lang} attribute of a block's title as shown. */
    String blockTitle(AgendaBlock shown) {
        AgendaBlock own = blocks.get(shown.id());
        return attribute(own != null && own.title().equals(shown.title()));
    }

    private String attribute(boolean untranslated) {
        return untranslated && other.isPresent() ? Html.attribute("lang", other.get()) : "";
    }
}
