package org.agendum.schedule.internal;

import java.util.Locale;
import java.util.Map;
import org.agendum.core.model.BlockKind;

/**
 * frab's talk {@code type}, free text each conference fills in its own way, and the closest
 * {@link BlockKind}. agendum writes a kind's own name ({@code questions-and-answers}), which reads
 * back as that kind; the others come from real schedules: 31C3 uses lecture, podium and other;
 * FOSDEM 2020 keynote, maintrack, devroom, lightningtalk, workshop, bof ("birds of a feather", an
 * open discussion), keysigning (a PGP key-signing party, where people meet to check each other's
 * keys) and certification (an exam); pretalx and the voc schema's examples talk, workshop, meeting
 * and discussion. A type not listed is {@link BlockKind#OTHER}.
 */
public final class BlockKinds {

    private static final Map<String, BlockKind> FRAB_TYPES = Map.ofEntries(
            Map.entry("lecture", BlockKind.TALK),
            Map.entry("maintrack", BlockKind.TALK),
            Map.entry("devroom", BlockKind.TALK),
            Map.entry("lightningtalk", BlockKind.TALK),
            Map.entry("lightning talk", BlockKind.TALK),
            Map.entry("podium", BlockKind.PANEL),
            Map.entry("bof", BlockKind.DISCUSSION),
            Map.entry("meeting", BlockKind.DISCUSSION),
            Map.entry("hands-on", BlockKind.WORKSHOP),
            Map.entry("keysigning", BlockKind.NETWORKING),
            Map.entry("certification", BlockKind.OTHER));

    private BlockKinds() {}

    /**
     * Returns the type agendum writes for a kind: its name in lower case with hyphens.
     *
     * @param kind the kind
     * @return the type ("talk", "questions-and-answers")
     */
    public static String typeOf(BlockKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the kind a type names.
     *
     * @param type the type, in any case
     * @return the kind; {@link BlockKind#OTHER} for a type not known
     */
    public static BlockKind kindOf(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        for (BlockKind kind : BlockKind.values()) {
            if (typeOf(kind).equals(lower)) {
                return kind;
            }
        }
        return FRAB_TYPES.getOrDefault(lower, BlockKind.OTHER);
    }
}
