package org.agendum.schedule.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.LinkKind;

/** What a talk's link is, from its label (as FOSDEM writes them) or an attachment's type. */
final class LinkKinds {

    /** What an attachment's {@code type} says a link is; another type is {@link LinkKind#OTHER}. */
    private static final Map<String, LinkKind> ATTACHMENT_TYPES =
            Map.of("slides", LinkKind.SLIDES, "video", LinkKind.VIDEO);

    /** What a link's label, as FOSDEM writes it, begins with: another label says nothing. */
    private static final Map<String, LinkKind> LABEL_STARTS = Map.of(
            "video recording", LinkKind.RECORDING, "submit feedback", LinkKind.FEEDBACK, "slides", LinkKind.SLIDES);

    private LinkKinds() {}

    /** Returns the kind a link's label says, if it says one. */
    static Optional<LinkKind> ofLabel(Optional<String> label) {
        return label.flatMap(text -> LABEL_STARTS.entrySet().stream()
                .filter(e -> text.toLowerCase(Locale.ROOT).startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst());
    }

    /** Returns the kind an attachment's type says: {@link LinkKind#OTHER} when it says none. */
    static LinkKind ofAttachment(Optional<String> type) {
        return type.map(t -> ATTACHMENT_TYPES.getOrDefault(t.toLowerCase(Locale.ROOT), LinkKind.OTHER)).orElse(LinkKind.OTHER);
    }
}
