package org.agendum.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The copies of an event made for showing it: without what it holds in confidence, in one language. */
final class EventViews {

    private EventViews() {}

    /** {@link Event#withoutConfidential()}: the passcodes of the event's and the blocks' online locations. */
    static Event withoutConfidential(Event event) {
        Event copy = event.onlineLocation().filter(o -> o.passcode().isPresent())
                .map(o -> event.withOnlineLocation(o.withPasscode(Optional.empty())))
                .orElse(event);
        return withBlocks(copy, block -> block.onlineLocation().filter(o -> o.passcode().isPresent())
                .map(o -> block.withOnlineLocation(o.withPasscode(Optional.empty())))
                .orElse(block));
    }

    /** {@link Event#localizedTo(String)}. */
    static Event localizedTo(Event event, String language) {
        if (event.defaultLanguage().filter(d -> Languages.same(d, language)).isPresent()) {
            return event;
        }
        Event copy = event;
        Optional<Localization> own = best(event.localizations(), language);
        if (own.isPresent()) {
            Localization l = own.get();
            copy = copy.withTitle(l.title().orElse(copy.title()))
                    .withSubtitle(l.subtitle().or(copy::subtitle))
                    .withDescription(l.description().or(copy::description));
        }
        if (!copy.localizations().isEmpty()) {
            copy = copy.withLocalizations(List.of());
        }
        return withBlocks(copy, block -> {
            AgendaBlock translated = best(block.localizations(), language)
                    .map(l -> block.withTitle(l.title().orElse(block.title()))
                            .withSubtitle(l.subtitle().or(block::subtitle))
                            .withDescription(l.description().or(block::description)))
                    .orElse(block);
            return translated.localizations().isEmpty() ? translated : translated.withLocalizations(List.of());
        });
    }

    /** The localization in exactly that language, else the first in the same primary language. */
    private static Optional<Localization> best(List<Localization> localizations, String language) {
        for (Localization localization : localizations) {
            if (localization.isIn(language)) {
                return Optional.of(localization);
            }
        }
        String primary = primary(language);
        return localizations.stream().filter(l -> Languages.same(primary(l.language()), primary)).findFirst();
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The event with each block, at any depth, replaced as {@code change} says; the same event if none changes. */
    private static Event withBlocks(Event event, UnaryOperator<AgendaBlock> change) {
        List<AgendaBlock> blocks = changed(event.agenda().blocks(), change);
        return blocks == null ? event : event.withAgenda(event.agenda().withBlocks(blocks));
    }

    /** The blocks changed, children first; null when none changes, so that an unchanged event is not copied. */
    private static List<AgendaBlock> changed(List<AgendaBlock> blocks, UnaryOperator<AgendaBlock> change) {
        List<AgendaBlock> result = null;
        for (int i = 0; i < blocks.size(); i++) {
            AgendaBlock block = blocks.get(i);
            List<AgendaBlock> children = changed(block.children(), change);
            AgendaBlock copy = change.apply(children == null ? block : block.withChildren(children));
            if (copy != block && result == null) {
                result = new ArrayList<>(blocks.subList(0, i));
            }
            if (result != null) {
                result.add(copy);
            }
        }
        return result;
    }
}
