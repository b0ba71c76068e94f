package org.agendum.core.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One block of an agenda: registration, an opening, a panel, a break, questions and answers, a
 * closing. A block has a {@link #timing() timing}, moderators and participants, and may contain
 * {@link #children() child blocks} (the questions-and-answers session inside a panel).
 *
 * <pre>{@code
 * AgendaBlock panel = AgendaBlock.builder()
 *         .id("panel-1")
 *         .kind(BlockKind.PANEL)
 *         .label("Panel 1")
 *         .title("Alianzas estratégicas para el desarrollo local sostenible de la región")
 *         .timing(Timing.minutes(35))
 *         .addModerator(Moderator.facilitator(martinezJusto).withLabel("Facilitadora"))
 *         .addParticipant(Participant.panelist(hernandezMontoya))
 *         .build();
 * }</pre>
 *
 * <p>{@link Agenda#compose()} is a shorter way to write a whole programme.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaBlock extends AgendaBlockWithers {

    AgendaBlock() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableAgendaBlock.builder();
    }

    /**
     * Returns the identifier, unique among all blocks of the agenda at any depth.
     *
     * @return the id, non-empty and without whitespace
     * @refusedIf the id is empty, contains whitespace or a control character, or is longer than {@value
     *     Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String id();

    /**
     * Returns what kind of block this is.
     *
     * @return the kind
     */
    public abstract BlockKind kind();

    /**
     * Returns the label printed before the title ("Panel 1", "PARTE I").
     *
     * @return the label, if printed
     * @refusedIf the label is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> label();

    /**
     * Returns the title as printed.
     *
     * @return the title, not blank
     * @refusedIf the title is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String title();

    /**
     * Returns the subtitle as printed, below the title.
     *
     * @return the subtitle, if printed
     * @refusedIf the subtitle is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> subtitle();

    /**
     * Returns the objective, as printed ("Objetivo: ...").
     *
     * @return the objective, if printed
     * @refusedIf the objective is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> objective();

    /**
     * Returns a description of the block.
     *
     * @return the description, if any
     * @refusedIf the description is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> description();

    /**
     * Returns the topics or guiding questions, in the order printed.
     *
     * @return the topics, possibly empty
     * @refusedIf a topic is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> topics();

    /**
     * Returns how the block works, one paragraph per entry ("Metodología: ...").
     *
     * @return the methodology, possibly empty
     * @refusedIf a paragraph of methodology is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun paragraph of methodology | paragraphs of methodology
     */
    public abstract List<String> methodology();

    /**
     * Returns the languages the block is held in; when empty, the {@linkplain Event#languages() event's}
     * apply.
     *
     * @return BCP 47 language tags such as {@code "es"}, possibly empty
     * @refusedIf a language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract List<String> languages();

    /**
     * Returns the languages interpreted into during the block, with their channels; when empty, the
     * {@linkplain Event#interpretations() event's} apply.
     *
     * @return the interpretations, possibly empty
     */
    public abstract List<Interpretation> interpretations();

    /**
     * Returns the block's title, subtitle and description in more languages than the event's
     * {@linkplain Event#defaultLanguage() default}, one localization per language.
     *
     * @return the localizations, possibly empty
     * @refusedIf two localizations are in the same language ({@link Invariant#DUPLICATE_LOCALIZATION})
     */
    public abstract List<Localization> localizations();

    /**
     * Returns when the block happens. Every top-level block has a timing; a child block without
     * one happens at some unstated time within its parent.
     *
     * @return the timing, if stated
     */
    public abstract Optional<Timing> timing();

    /**
     * Returns how the block repeats, for a series of sessions: the block's dated slot is the first
     * occurrence, and the timetable places every other one.
     *
     * @return the recurrence, if the block repeats
     * @refusedIf the block repeats but has no slot with a date ({@link
     *     Invariant#RECURRENCE_WITHOUT_DATED_SLOT})
     * @refusedIf the recurrence's until date is before the slot's date ({@link
     *     Invariant#RECURRENCE_UNTIL_BEFORE_START})
     * @refusedIf the recurrence has more than {@link Recurrence#MAX_OCCURRENCES} occurrences ({@link
     *     Invariant#RECURRENCE_TOO_MANY_OCCURRENCES})
     * @refusedIf an excluded date is not an occurrence of the recurrence, or all occurrences are
     *     excluded ({@link Invariant#RECURRENCE_EXCLUSION_NOT_OCCURRENCE})
     */
    public abstract Optional<Recurrence> recurrence();

    /**
     * Returns whether the block is going ahead as published. A cancelled or postponed block keeps its
     * timing: it is printed where it was announced, and validation does not count it as booking its
     * room, its people or its time.
     *
     * @return the status; {@link BlockStatus#SCHEDULED} by default
     * @refusedIf a previous start is kept but the block is not rescheduled ({@link
     *     Invariant#PREVIOUS_START_NOT_RESCHEDULED})
     */
    @Value.Default
    public BlockStatus status() {
        return BlockStatus.SCHEDULED;
    }

    /**
     * Returns what the organizers announced about the block's status, as printed: why it is
     * cancelled, where it moved, when the new time will be known ("Moved to room B", "Nueva fecha a
     * confirmar").
     *
     * @return the note, if announced
     * @refusedIf the status note is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun status note
     */
    public abstract Optional<String> statusNote();

    /**
     * Returns the start first announced, in the event's zone, for a block that was {@linkplain
     * BlockStatus#RESCHEDULED rescheduled}: what a programme prints beside the new time.
     *
     * @return the previous start, if kept
     * @refusedIf a previous start is kept but the block is not rescheduled ({@link
     *     Invariant#PREVIOUS_START_NOT_RESCHEDULED})
     * @refusedIf the previous start's date is outside the years 1 to 9999 ({@link
     *     Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDateTime> previousStart();

    /**
     * Returns how to register for this block on its own: a workshop with 25 seats, its own sign-up
     * form and deadline. Its deadline belongs to this block; if the deadline {@linkplain
     * Deadline#blockId() names a block}, it names this one.
     *
     * @return the block's registration, if it has one
     * @refusedIf the registration's deadline names another block ({@link Invariant#DEADLINE_BLOCK_MISMATCH})
     */
    public abstract Optional<Registration> registration();

    /**
     * Returns who moderates, facilitates or chairs, in the order printed.
     *
     * @return the moderators, possibly empty
     */
    public abstract List<Moderator> moderators();

    /**
     * Returns who takes part, in the order printed.
     *
     * @return the participants, possibly empty
     */
    public abstract List<Participant> participants();

    /**
     * Returns the blocks within this one, in order.
     *
     * @return the child blocks, possibly empty
     */
    public abstract List<AgendaBlock> children();

    /**
     * Returns the room the block happens in, when an event uses several: the {@linkplain Room#id() id} of
     * one of the {@linkplain Event#rooms() event's rooms}, or, when the event declares none, the room's
     * name as printed. An event that declares rooms refuses a block whose room is not the id of one ({@link
     * Invariant#UNKNOWN_ROOM}).
     *
     * @return the room, if stated
     * @refusedIf the room is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> room();

    /**
     * Returns the rooms the block is shown in live besides its {@link #room() room}, for those who found
     * no seat there; each refers to a room as {@link #room()} does. Whoever takes part in the block is
     * there, not in these rooms. An event that declares rooms refuses a block with an overflow room that
     * is not the id of one ({@link Invariant#UNKNOWN_ROOM}).
     *
     * @return the overflow rooms, possibly empty
     * @refusedIf an overflow room is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     * @noun overflow room | overflow rooms
     */
    public abstract List<String> overflowRooms();

    /**
     * Returns the track the block belongs to, when an event runs parallel tracks: the {@linkplain
     * Track#id() id} of one of the {@linkplain Event#tracks() event's tracks}, or, when the event declares
     * none, the track's name as printed. An event that declares tracks refuses a block whose track is not
     * the id of one ({@link Invariant#UNKNOWN_TRACK}). A block with a duration follows the block before it
     * in its track, or the plenary before it (see {@code Timetable}).
     *
     * @return the track, if stated
     * @refusedIf the track is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> track();

    /**
     * Returns where the block takes place when that is not the {@linkplain Event#venue() event's venue}:
     * the restaurant of a dinner, the site an excursion visits.
     *
     * @return the venue, if the block is elsewhere
     */
    public abstract Optional<Venue> venue();

    /**
     * Returns how attendees take part in this block, when it differs from the {@linkplain
     * Event#attendanceMode() event's}: an online-only session of an event held in person, a
     * workshop held in person only during a hybrid event.
     *
     * @return the attendance mode, if the block states its own; else the event's (or the nearest
     *     enclosing block's) applies
     */
    public abstract Optional<AttendanceMode> attendanceMode();

    /**
     * Returns where to join this block online, when it has its own access: a room's stream, a
     * workshop's own meeting. Its {@linkplain OnlineLocation#passcode() passcode} is as confidential as
     * the event's.
     *
     * @return the online location, if the block has its own; else the enclosing block's or the
     *     event's applies
     */
    public abstract Optional<OnlineLocation> onlineLocation();

    /**
     * Returns notes, as printed.
     *
     * @return the notes, possibly empty
     * @refusedIf a note is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> notes();

    /**
     * Returns links to the block's resources: its slides, a video, its recording, a feedback form.
     *
     * @return the links, possibly empty
     */
    public abstract List<Link> links();

    /**
     * Returns the title with its label, as a programme prints it: "Panel 1: Alianzas estratégicas
     * ...".
     *
     * @return the label and the title, or the title alone
     */
    public final String displayTitle() {
        return label().map(l -> l + ": " + title()).orElse(title());
    }

    @Value.Check
    final void check() {
        BlockInvariants.check(this);
    }

    /**
     * Builds {@link AgendaBlock} values one attribute at a time; obtained from {@link AgendaBlock#builder()}.
     *
     * <p>Every attribute that {@link #build()} does not require is optional or is a list that starts empty. A
     * single-valued attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Each {@code add...} call appends to a list, after the elements already added.
     * Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends AgendaBlockBuilderBase {

        Builder() {}
    }
}
