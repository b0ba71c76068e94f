package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_FIELD;
import static org.agendum.json.internal.read.Fields.list;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.json.internal.EnumNames;

/** The agenda: its blocks, their timings, moderators and participants, and their child blocks. */
final class AgendaFields {

    private static final EnumNames.Lookup<AgendaStatus> AGENDA_STATUSES = EnumNames.Lookup.of(AgendaStatus.class);
    private static final EnumNames.Lookup<BlockKind> BLOCK_KINDS = EnumNames.Lookup.of(BlockKind.class);
    private static final EnumNames.Lookup<BlockStatus> BLOCK_STATUSES = EnumNames.Lookup.of(BlockStatus.class);
    private static final EnumNames.Lookup<ModeratorRole> MODERATOR_ROLES = EnumNames.Lookup.of(ModeratorRole.class);
    private static final EnumNames.Lookup<ParticipantRole> PARTICIPANT_ROLES =
            EnumNames.Lookup.of(ParticipantRole.class);

    /** Midnight at the end of the day, as a slot's end: {@code 00:00} of the following day. */
    private static final String END_OF_DAY = "24:00";

    private static final String END_OF_DAY_SECONDS = "24:00:00";

    private AgendaFields() {}

    /** A timing's fields as read, checked together once all are read. */
    private static final class TimingDraft {
        String date;
        String start;
        String end;
        Boolean endsNextDay;
        String startOffset;
        String endOffset;
        String duration;
    }

    static final Fields<TimingDraft, Timing> TIMING = Fields.of("timing", TimingDraft::new, AgendaFields::timing)
            .optional("date", (in, t) -> t.date = in.text())
            .optional("start", (in, t) -> t.start = in.text())
            .optional("end", (in, t) -> t.end = in.text())
            .optional("endsNextDay", (in, t) -> t.endsNextDay = in.bool())
            .optional("startOffset", (in, t) -> t.startOffset = in.text())
            .optional("endOffset", (in, t) -> t.endOffset = in.text())
            .optional("duration", (in, t) -> t.duration = in.text())
            .build();

    /** A moderator's or a participant's fields, until all are read. */
    private static final class RoleDraft<R> {
        Party party;
        R role;
        String label;
        boolean remote;
    }

    static final Fields<RoleDraft<ModeratorRole>, Moderator> MODERATOR =
            role("moderator", MODERATOR_ROLES, Moderator::of, Moderator::withLabel, Moderator::withRemote);

    static final Fields<RoleDraft<ParticipantRole>, Participant> PARTICIPANT =
            role("participant", PARTICIPANT_ROLES, Participant::of, Participant::withLabel, Participant::withRemote);

    /** A party's role in a block: a moderator and a participant have the same fields, and differ in their roles. */
    private static <R extends Enum<R>, T> Fields<RoleDraft<R>, T> role(String type, EnumNames.Lookup<R> roles,
            BiFunction<Party, R, T> of, BiFunction<T, String, T> withLabel, BiFunction<T, Boolean, T> withRemote) {
        return Fields.of(type, RoleDraft<R>::new, (RoleDraft<R> d) -> {
                    T role = of.apply(d.party, d.role);
                    role = d.label == null ? role : withLabel.apply(role, d.label);
                    return d.remote ? withRemote.apply(role, true) : role;
                })
                .required("party", (in, d) -> d.party = in.party())
                .required("role", (in, d) -> d.role = in.enumValue(roles))
                .optional("label", (in, d) -> d.label = in.text())
                .optional("remote", (in, d) -> d.remote = in.bool())
                .build();
    }

    static final Fields<AgendaBlock.Builder, AgendaBlock> BLOCK =
            Fields.of("block", AgendaBlock::builder, AgendaBlock.Builder::build)
                    .required("id", (in, b) -> b.id(in.text()))
                    .required("kind", (in, b) -> b.kind(in.enumValue(BLOCK_KINDS)))
                    .optional("label", (in, b) -> b.label(in.text()))
                    .required("title", (in, b) -> b.title(in.text()))
                    .optional("subtitle", (in, b) -> b.subtitle(in.text()))
                    .optional("objective", (in, b) -> b.objective(in.text()))
                    .optional("description", (in, b) -> b.description(in.text()))
                    .optional("topics", (in, b) -> b.addTopics(in.texts()))
                    .optional("methodology", (in, b) -> b.addMethodology(in.texts()))
                    .optional("languages", (in, b) -> b.addLanguages(in.texts()))
                    .optional("interpretations", list(LanguageFields.INTERPRETATION, AgendaBlock.Builder::addInterpretation))
                    .optional("localizations", list(LanguageFields.LOCALIZATION, AgendaBlock.Builder::addLocalization))
                    .optional("timing", (in, b) -> b.timing(TIMING.read(in)))
                    .optional("status", (in, b) -> b.status(in.enumValue(BLOCK_STATUSES)))
                    .optional("statusNote", (in, b) -> b.statusNote(in.text()))
                    .optional("previousStart", (in, b) -> b.previousStart(
                            in.dateTime(in.text(), "a local date-time such as 2021-06-11T10:00")))
                    .optional("moderators", list(MODERATOR, AgendaBlock.Builder::addModerator))
                    .optional("participants", list(PARTICIPANT, AgendaBlock.Builder::addParticipant))
                    .optional("room", (in, b) -> b.room(in.text()))
                    .optional("overflowRooms", (in, b) -> b.addOverflowRooms(in.texts()))
                    .optional("track", (in, b) -> b.track(in.text()))
                    .optional("venue", (in, b) -> b.venue(PlaceFields.VENUE.read(in)))
                    .optional("registration", (in, b) -> b.registration(RegistrationFields.REGISTRATION.read(in)))
                    .optional("attendanceMode", (in, b) -> b.attendanceMode(in.enumValue(EventFields.ATTENDANCE_MODES)))
                    .optional("onlineLocation", (in, b) -> b.onlineLocation(PlaceFields.ONLINE_LOCATION.read(in)))
                    .optional("notes", (in, b) -> b.addNotes(in.texts()))
                    .optional("links", list(EventFields.LINK, AgendaBlock.Builder::addLink))
                    .optional("recurrence", (in, b) -> b.recurrence(SeriesFields.RECURRENCE.read(in)))
                    // The table refers to itself: read when met, not when declared.
                    .optional("children", (in, b) -> in.each(AgendaFields.BLOCK, b, AgendaBlock.Builder::addChild))
                    .build();

    static final Fields<Agenda.Builder, Agenda> AGENDA = Fields.of("agenda", Agenda::builder, Agenda.Builder::build)
            .optional("status", (in, a) -> a.status(in.enumValue(AGENDA_STATUSES)))
            .optional("title", (in, a) -> a.title(in.text()))
            .optional("blocks", list(BLOCK, Agenda.Builder::addBlock))
            .build();

    /** Checks a timing's fields together, in a fixed order whatever the document's. */
    private static Timing timing(JsonInput in, TimingDraft t) {
        if (t.duration != null) {
            String both = "a timing has either a duration or a start and an end, not both";
            if (t.start != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "start", both);
            }
            if (t.end != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "end", both);
            }
            if (t.date != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "date", "a timing with a duration follows the block before it and has "
                        + "no date");
            }
            if (t.endsNextDay != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "endsNextDay", both);
            }
            if (t.startOffset != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "startOffset", both);
            }
            if (t.endOffset != null) {
                throw in.fieldProblem(UNKNOWN_FIELD, "endOffset", both);
            }
            return Timing.duration(in.at("duration", t.duration, in::duration));
        }
        LocalDate date = t.date == null ? null : in.at("date", t.date, text -> in.date(text, "a date such as 2018-07-05"));
        if (t.start == null) {
            throw in.problem(MISSING_FIELD, "missing required field 'start'");
        }
        LocalTime start = in.at("start", t.start, text -> in.time(text, "a local time such as 09:30"));
        if (t.end == null) {
            throw in.problem(MISSING_FIELD, "missing required field 'end'");
        }
        boolean atMidnight = END_OF_DAY.equals(t.end) || END_OF_DAY_SECONDS.equals(t.end);
        if (atMidnight && Boolean.FALSE.equals(t.endsNextDay)) {
            throw in.fieldProblem(INVALID_VALUE, "endsNextDay", "an end of '" + t.end + "' is midnight at the end of "
                    + "the day, on the following day: endsNextDay cannot be false");
        }
        LocalTime end = atMidnight ? LocalTime.MIDNIGHT
                : in.at("end", t.end, text -> in.time(text, "a local time such as 10:00, or 24:00 for midnight at the "
                        + "end of the day"));
        Slot.Builder slot = Slot.builder().start(start).end(end).endsNextDay(atMidnight || Boolean.TRUE.equals(t.endsNextDay));
        if (date != null) {
            slot.date(date);
        }
        if (t.startOffset != null) {
            slot.startOffset(in.<ZoneOffset>at("startOffset", t.startOffset, text -> SeriesFields.offset(in, text)));
        }
        if (t.endOffset != null) {
            slot.endOffset(in.<ZoneOffset>at("endOffset", t.endOffset, text -> SeriesFields.offset(in, text)));
        }
        return slot.build();
    }
}
