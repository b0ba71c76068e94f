package org.agendum.json.internal;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.TransitMode;

/**
 * How enum constants are spelled in JSON, written out constant by constant: lower case with
 * hyphens ({@code QUESTIONS_AND_ANSWERS} is {@code "questions-and-answers"}). The spellings are
 * the format's, as its JSON Schema lists them, and never derived from the Java names, so renaming
 * a constant cannot change the format; a constant without a spelling fails when this class loads.
 */
public final class EnumNames {

    /** Each enum's spellings, by constant. */
    private static final Map<Class<?>, Map<?, String>> TABLES = new HashMap<>();

    static {
        table(EventKind.class, Map.ofEntries(
                entry(EventKind.SEMINAR, "seminar"),
                entry(EventKind.CONFERENCE, "conference"),
                entry(EventKind.MEETING, "meeting"),
                entry(EventKind.WORKSHOP, "workshop"),
                entry(EventKind.WEBINAR, "webinar"),
                entry(EventKind.FORUM, "forum"),
                entry(EventKind.OTHER, "other")));
        table(EventStatus.class, Map.ofEntries(
                entry(EventStatus.SCHEDULED, "scheduled"),
                entry(EventStatus.PROVISIONAL, "provisional"),
                entry(EventStatus.POSTPONED, "postponed"),
                entry(EventStatus.RESCHEDULED, "rescheduled"),
                entry(EventStatus.CANCELLED, "cancelled")));
        table(BlockStatus.class, Map.ofEntries(
                entry(BlockStatus.SCHEDULED, "scheduled"),
                entry(BlockStatus.PROVISIONAL, "provisional"),
                entry(BlockStatus.POSTPONED, "postponed"),
                entry(BlockStatus.RESCHEDULED, "rescheduled"),
                entry(BlockStatus.CANCELLED, "cancelled")));
        table(AttendanceMode.class, Map.ofEntries(
                entry(AttendanceMode.IN_PERSON, "in-person"),
                entry(AttendanceMode.ONLINE, "online"),
                entry(AttendanceMode.MIXED, "mixed")));
        table(AgendaStatus.class, Map.ofEntries(
                entry(AgendaStatus.CONFIRMED, "confirmed"),
                entry(AgendaStatus.PROVISIONAL, "provisional")));
        table(BlockKind.class, Map.ofEntries(
                entry(BlockKind.REGISTRATION, "registration"),
                entry(BlockKind.OPENING, "opening"),
                entry(BlockKind.INTRODUCTION, "introduction"),
                entry(BlockKind.KEYNOTE, "keynote"),
                entry(BlockKind.PANEL, "panel"),
                entry(BlockKind.TALK, "talk"),
                entry(BlockKind.WORKSHOP, "workshop"),
                entry(BlockKind.DISCUSSION, "discussion"),
                entry(BlockKind.QUESTIONS_AND_ANSWERS, "questions-and-answers"),
                entry(BlockKind.BREAK, "break"),
                entry(BlockKind.MEAL, "meal"),
                entry(BlockKind.NETWORKING, "networking"),
                entry(BlockKind.CLOSING, "closing"),
                entry(BlockKind.OTHER, "other")));
        table(LinkKind.class, Map.ofEntries(
                entry(LinkKind.SLIDES, "slides"),
                entry(LinkKind.VIDEO, "video"),
                entry(LinkKind.RECORDING, "recording"),
                entry(LinkKind.FEEDBACK, "feedback"),
                entry(LinkKind.OTHER, "other")));
        table(ModeratorRole.class, Map.ofEntries(
                entry(ModeratorRole.MODERATOR, "moderator"),
                entry(ModeratorRole.FACILITATOR, "facilitator"),
                entry(ModeratorRole.CHAIR, "chair")));
        table(ParticipantRole.class, Map.ofEntries(
                entry(ParticipantRole.SPEAKER, "speaker"),
                entry(ParticipantRole.PANELIST, "panelist"),
                entry(ParticipantRole.PRESENTER, "presenter"),
                entry(ParticipantRole.KEYNOTE_SPEAKER, "keynote-speaker"),
                entry(ParticipantRole.DISCUSSANT, "discussant"),
                entry(ParticipantRole.HOST, "host"),
                entry(ParticipantRole.OTHER, "other")));
        table(TransitMode.class, Map.ofEntries(
                entry(TransitMode.METRO, "metro"),
                entry(TransitMode.TRAM, "tram"),
                entry(TransitMode.BUS, "bus"),
                entry(TransitMode.TRAIN, "train"),
                entry(TransitMode.FERRY, "ferry"),
                entry(TransitMode.OTHER, "other")));
        table(Recurrence.Frequency.class, Map.ofEntries(
                entry(Recurrence.Frequency.DAILY, "daily"),
                entry(Recurrence.Frequency.WEEKLY, "weekly"),
                entry(Recurrence.Frequency.MONTHLY, "monthly"),
                entry(Recurrence.Frequency.YEARLY, "yearly")));
        table(Deadline.Kind.class, Map.ofEntries(
                entry(Deadline.Kind.AT, "at"),
                entry(Deadline.Kind.BEFORE, "before"),
                entry(Deadline.Kind.UNTIL, "until")));
    }

    private EnumNames() {}

    private static <E extends Enum<E>> void table(Class<E> type, Map<E, String> spellings) {
        EnumMap<E, String> table = new EnumMap<>(type);
        table.putAll(spellings);
        for (E constant : type.getEnumConstants()) {
            if (!table.containsKey(constant)) {
                throw new IllegalStateException(type.getSimpleName() + "." + constant.name() + " has no JSON spelling");
            }
        }
        TABLES.put(type, Collections.unmodifiableMap(table));
    }

    /**
     * Returns the JSON spelling of a constant.
     *
     * @param constant the constant, of an enum the format spells
     * @return its spelling, such as {@code "questions-and-answers"}
     * @throws IllegalArgumentException if the format has no spellings for the constant's enum
     */
    public static String of(Enum<?> constant) {
        Map<?, String> table = TABLES.get(constant.getDeclaringClass());
        if (table == null) {
            throw new IllegalArgumentException(constant.getDeclaringClass() + " has no JSON spellings");
        }
        return table.get(constant);
    }

    static <E extends Enum<E>> String allOf(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append('"').append(of(constant)).append('"');
        }
        return names.toString();
    }

    /**
     * The constants of one enum by their JSON names, worked out once, for readers. Looked up by
     * length, then compared: a name just read has no hash code yet, and computing one costs more
     * than the few comparisons.
     */
    public static final class Lookup<E extends Enum<E>> {
        private final String[][] names;
        private final Object[][] constants;
        private final String allOf;

        private Lookup(Class<E> type) {
            E[] all = type.getEnumConstants();
            int longest = 0;
            for (E constant : all) {
                longest = Math.max(longest, EnumNames.of(constant).length());
            }
            names = new String[longest + 1][0];
            constants = new Object[longest + 1][0];
            for (E constant : all) {
                String name = EnumNames.of(constant);
                int length = name.length();
                names[length] = Arrays.copyOf(names[length], names[length].length + 1);
                names[length][names[length].length - 1] = name;
                constants[length] = Arrays.copyOf(constants[length], constants[length].length + 1);
                constants[length][constants[length].length - 1] = constant;
            }
            allOf = EnumNames.allOf(type);
        }

        /**
         * Obtains the lookup of an enum's constants by their JSON names.
         *
         * @param type the enum
         * @return its lookup
         */
        public static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
            return new Lookup<>(type);
        }

        /**
         * Returns the constant spelt {@code name}.
         *
         * @param name a JSON name
         * @return the constant, or null if none is spelt so
         */
        @SuppressWarnings("unchecked") // constants[n] holds constants of E only
        public E get(String name) {
            int length = name.length();
            if (length >= names.length) {
                return null;
            }
            String[] candidates = names[length];
            for (int i = 0; i < candidates.length; i++) {
                if (candidates[i].equals(name)) {
                    return (E) constants[length][i];
                }
            }
            return null;
        }

        /**
         * Returns every JSON name, quoted, in declaration order: {@code "a", "b"}.
         *
         * @return the names
         */
        public String allOf() {
            return allOf;
        }
    }
}
