package org.agendum.core.model;

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
public abstract class AgendaBlock {

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
     */
    public abstract Optional<String> label();

    /**
     * Returns the title as printed.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Returns the objective, as printed ("Objetivo: ...").
     *
     * @return the objective, if printed
     */
    public abstract Optional<String> objective();

    /**
     * Returns a description of the block.
     *
     * @return the description, if any
     */
    public abstract Optional<String> description();

    /**
     * Returns the topics or guiding questions, in the order printed.
     *
     * @return the topics, possibly empty
     */
    public abstract List<String> topics();

    /**
     * Returns how the block works, one paragraph per entry ("Metodología: ...").
     *
     * @return the methodology, possibly empty
     */
    public abstract List<String> methodology();

    /**
     * Returns when the block happens. Every top-level block has a timing; a child block without
     * one happens at some unstated time within its parent.
     *
     * @return the timing, if stated
     */
    public abstract Optional<Timing> timing();

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
     * Returns the room the block happens in, when an event uses several.
     *
     * @return the room, if stated
     */
    public abstract Optional<String> room();

    /**
     * Returns the track the block belongs to, when an event runs parallel tracks.
     *
     * @return the track, if stated
     */
    public abstract Optional<String> track();

    /**
     * Returns notes, as printed.
     *
     * @return the notes, possibly empty
     */
    public abstract List<String> notes();

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
        Checks.id(id(), "/id");
        Checks.text(title(), "/title");
        Checks.text(label(), "/label");
        Checks.text(objective(), "/objective");
        Checks.text(description(), "/description");
        Checks.text(room(), "/room");
        Checks.text(track(), "/track");
        Checks.texts(topics(), "/topics");
        Checks.texts(methodology(), "/methodology");
        Checks.texts(notes(), "/notes");
    }

    /**
     * Returns a copy of this block with another id.
     *
     * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the same
     * id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
     *
     * @param id the identifier, unique among the blocks of the agenda at any depth
     * @return a block based on this one with the requested id
     * @throws NullPointerException if {@code id} is null
     * @throws InvariantViolationException if the id is empty, contains whitespace or a control character, or
     *     is longer than {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withId(String id);

    /**
     * Returns a copy of this block with another kind.
     *
     * @param kind what kind of block this is
     * @return a block based on this one with the requested kind
     * @throws NullPointerException if {@code kind} is null
     */
    public abstract AgendaBlock withKind(BlockKind kind);

    /**
     * Returns a copy of this block with a label, in place of any it has.
     *
     * @param label the label printed before the title ("Panel 1", "PARTE I")
     * @return a block based on this one with the requested label
     * @throws NullPointerException if {@code label} is null
     * @throws InvariantViolationException if the label is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withLabel(String label);

    /**
     * Returns a copy of this block with a label, or without one if {@code label} is empty.
     *
     * @param label the label printed before the title ("Panel 1", "PARTE I"), or empty to remove it
     * @return a block based on this one with the requested label, or without one
     * @throws NullPointerException if {@code label} is null
     * @throws InvariantViolationException if the label is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withLabel(Optional<String> label);

    /**
     * Returns a copy of this block with another title.
     *
     * @param title the title as printed
     * @return a block based on this one with the requested title
     * @throws NullPointerException if {@code title} is null
     * @throws InvariantViolationException if the title is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withTitle(String title);

    /**
     * Returns a copy of this block with an objective, in place of any it has.
     *
     * @param objective the objective, as printed
     * @return a block based on this one with the requested objective
     * @throws NullPointerException if {@code objective} is null
     * @throws InvariantViolationException if the objective is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withObjective(String objective);

    /**
     * Returns a copy of this block with an objective, or without one if {@code objective} is empty.
     *
     * @param objective the objective, as printed, or empty to remove it
     * @return a block based on this one with the requested objective, or without one
     * @throws NullPointerException if {@code objective} is null
     * @throws InvariantViolationException if the objective is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withObjective(Optional<String> objective);

    /**
     * Returns a copy of this block with a description, in place of any it has.
     *
     * @param description the description
     * @return a block based on this one with the requested description
     * @throws NullPointerException if {@code description} is null
     * @throws InvariantViolationException if the description is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withDescription(String description);

    /**
     * Returns a copy of this block with a description, or without one if {@code description} is empty.
     *
     * @param description the description, or empty to remove it
     * @return a block based on this one with the requested description, or without one
     * @throws NullPointerException if {@code description} is null
     * @throws InvariantViolationException if the description is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withDescription(Optional<String> description);

    /**
     * Returns a copy of this block with these topics in place of its own.
     *
     * @param topics the topics or guiding questions, in the order printed; none to remove them all
     * @return a block based on this one with the requested topics
     * @throws NullPointerException if {@code topics} or one of its elements is null
     * @throws InvariantViolationException if a topic is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withTopics(String... topics);

    /**
     * Returns a copy of this block with these topics, in iteration order, in place of its own.
     *
     * @param topics the topics or guiding questions, in the order printed; empty to remove them all
     * @return a block based on this one with the requested topics
     * @throws NullPointerException if {@code topics} or one of its elements is null
     * @throws InvariantViolationException if a topic is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withTopics(Iterable<String> topics);

    /**
     * Returns a copy of this block with these paragraphs of methodology in place of its own.
     *
     * @param methodology the paragraphs on how the block works, in order; none to remove them all
     * @return a block based on this one with the requested paragraphs of methodology
     * @throws NullPointerException if {@code methodology} or one of its elements is null
     * @throws InvariantViolationException if a paragraph is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withMethodology(String... methodology);

    /**
     * Returns a copy of this block with these paragraphs of methodology, in iteration order, in place of its
     * own.
     *
     * @param methodology the paragraphs on how the block works, in order; empty to remove them all
     * @return a block based on this one with the requested paragraphs of methodology
     * @throws NullPointerException if {@code methodology} or one of its elements is null
     * @throws InvariantViolationException if a paragraph is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withMethodology(Iterable<String> methodology);

    /**
     * Returns a copy of this block with a timing, in place of any it has.
     *
     * <p>Every top-level block needs a timing: an agenda refuses one without
     * ({@link Invariant#BLOCK_TIMING_MISSING}) when it is built. A child block without one happens at some
     * unstated time within its parent.
     *
     * @param timing when the block happens: a {@link Slot} or a {@link DurationOnly}
     * @return a block based on this one with the requested timing
     * @throws NullPointerException if {@code timing} is null
     */
    public abstract AgendaBlock withTiming(Timing timing);

    /**
     * Returns a copy of this block with a timing, or without one if {@code timing} is empty.
     *
     * <p>Every top-level block needs a timing: an agenda refuses one without
     * ({@link Invariant#BLOCK_TIMING_MISSING}) when it is built. A child block without one happens at some
     * unstated time within its parent.
     *
     * @param timing when the block happens: a {@link Slot} or a {@link DurationOnly}, or empty to remove it
     * @return a block based on this one with the requested timing, or without one
     * @throws NullPointerException if {@code timing} is null
     */
    public abstract AgendaBlock withTiming(Optional<? extends Timing> timing);

    /**
     * Returns a copy of this block with these moderators in place of its own.
     *
     * @param moderators the moderators, in the order printed; none to remove them all
     * @return a block based on this one with the requested moderators
     * @throws NullPointerException if {@code moderators} or one of its elements is null
     */
    public abstract AgendaBlock withModerators(Moderator... moderators);

    /**
     * Returns a copy of this block with these moderators, in iteration order, in place of its own.
     *
     * @param moderators the moderators, in the order printed; empty to remove them all
     * @return a block based on this one with the requested moderators
     * @throws NullPointerException if {@code moderators} or one of its elements is null
     */
    public abstract AgendaBlock withModerators(Iterable<? extends Moderator> moderators);

    /**
     * Returns a copy of this block with these participants in place of its own.
     *
     * @param participants the participants, in the order printed; none to remove them all
     * @return a block based on this one with the requested participants
     * @throws NullPointerException if {@code participants} or one of its elements is null
     */
    public abstract AgendaBlock withParticipants(Participant... participants);

    /**
     * Returns a copy of this block with these participants, in iteration order, in place of its own.
     *
     * @param participants the participants, in the order printed; empty to remove them all
     * @return a block based on this one with the requested participants
     * @throws NullPointerException if {@code participants} or one of its elements is null
     */
    public abstract AgendaBlock withParticipants(Iterable<? extends Participant> participants);

    /**
     * Returns a copy of this block with these child blocks in place of its own.
     *
     * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the same
     * id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
     *
     * @param children the child blocks, in order; none to remove them all
     * @return a block based on this one with the requested child blocks
     * @throws NullPointerException if {@code children} or one of its elements is null
     */
    public abstract AgendaBlock withChildren(AgendaBlock... children);

    /**
     * Returns a copy of this block with these child blocks, in iteration order, in place of its own.
     *
     * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the same
     * id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
     *
     * @param children the child blocks, in order; empty to remove them all
     * @return a block based on this one with the requested child blocks
     * @throws NullPointerException if {@code children} or one of its elements is null
     */
    public abstract AgendaBlock withChildren(Iterable<? extends AgendaBlock> children);

    /**
     * Returns a copy of this block with a room, in place of any it has.
     *
     * @param room the room the block happens in, as printed
     * @return a block based on this one with the requested room
     * @throws NullPointerException if {@code room} is null
     * @throws InvariantViolationException if the room is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withRoom(String room);

    /**
     * Returns a copy of this block with a room, or without one if {@code room} is empty.
     *
     * @param room the room the block happens in, as printed, or empty to remove it
     * @return a block based on this one with the requested room, or without one
     * @throws NullPointerException if {@code room} is null
     * @throws InvariantViolationException if the room is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withRoom(Optional<String> room);

    /**
     * Returns a copy of this block with a track, in place of any it has.
     *
     * @param track the track the block belongs to, as printed
     * @return a block based on this one with the requested track
     * @throws NullPointerException if {@code track} is null
     * @throws InvariantViolationException if the track is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withTrack(String track);

    /**
     * Returns a copy of this block with a track, or without one if {@code track} is empty.
     *
     * @param track the track the block belongs to, as printed, or empty to remove it
     * @return a block based on this one with the requested track, or without one
     * @throws NullPointerException if {@code track} is null
     * @throws InvariantViolationException if the track is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withTrack(Optional<String> track);

    /**
     * Returns a copy of this block with these notes in place of its own.
     *
     * @param notes the notes, in the order printed; none to remove them all
     * @return a block based on this one with the requested notes
     * @throws NullPointerException if {@code notes} or one of its elements is null
     * @throws InvariantViolationException if a note is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withNotes(String... notes);

    /**
     * Returns a copy of this block with these notes, in iteration order, in place of its own.
     *
     * @param notes the notes, in the order printed; empty to remove them all
     * @return a block based on this one with the requested notes
     * @throws NullPointerException if {@code notes} or one of its elements is null
     * @throws InvariantViolationException if a note is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract AgendaBlock withNotes(Iterable<String> notes);

    /**
     * Builds {@link AgendaBlock} values one attribute at a time; obtained from {@link AgendaBlock#builder()}.
     *
     * <p>The id, the kind and the title must be set; every other attribute is optional or is a list that
     * starts empty. A single-valued attribute can be set only once: setting it again, with either overload,
     * throws {@link IllegalStateException}. Each {@code add...} call appends to a list, after the elements
     * already added. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets the id; required.
         *
         * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the
         * same id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the id is empty, contains
         * whitespace or a control character, or is longer than {@value Event#MAX_ID_LENGTH} characters
         * ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param id the identifier, unique among the blocks of the agenda at any depth
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         * @throws IllegalStateException if the id is already set
         */
        public abstract Builder id(String id);

        /**
         * Sets the kind; required.
         *
         * @param kind what kind of block this is
         * @return this builder
         * @throws NullPointerException if {@code kind} is null
         * @throws IllegalStateException if the kind is already set
         */
        public abstract Builder kind(BlockKind kind);

        /**
         * Sets the label.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the label is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param label the label printed before the title ("Panel 1", "PARTE I")
         * @return this builder
         * @throws NullPointerException if {@code label} is null
         * @throws IllegalStateException if the label is already set
         */
        public abstract Builder label(String label);

        /**
         * Sets the label, or leaves the block without one if {@code label} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the label is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param label the label printed before the title ("Panel 1", "PARTE I"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code label} is null
         * @throws IllegalStateException if the label is already set
         */
        public abstract Builder label(Optional<String> label);

        /**
         * Sets the title; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the title is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param title the title as printed
         * @return this builder
         * @throws NullPointerException if {@code title} is null
         * @throws IllegalStateException if the title is already set
         */
        public abstract Builder title(String title);

        /**
         * Sets the objective.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the objective is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param objective the objective, as printed
         * @return this builder
         * @throws NullPointerException if {@code objective} is null
         * @throws IllegalStateException if the objective is already set
         */
        public abstract Builder objective(String objective);

        /**
         * Sets the objective, or leaves the block without one if {@code objective} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the objective is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param objective the objective, as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code objective} is null
         * @throws IllegalStateException if the objective is already set
         */
        public abstract Builder objective(Optional<String> objective);

        /**
         * Sets the description.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the description is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param description the description
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         * @throws IllegalStateException if the description is already set
         */
        public abstract Builder description(String description);

        /**
         * Sets the description, or leaves the block without one if {@code description} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the description is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param description the description, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         * @throws IllegalStateException if the description is already set
         */
        public abstract Builder description(Optional<String> description);

        /**
         * Adds a topic after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topic a topic or guiding question, as printed
         * @return this builder
         * @throws NullPointerException if {@code topic} is null
         */
        public abstract Builder addTopic(String topic);

        /**
         * Adds topics, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topics the topics or guiding questions, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code topics} or one of its elements is null
         */
        public abstract Builder addTopics(String... topics);

        /**
         * Adds topics, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topics the topics or guiding questions, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code topics} or one of its elements is null
         */
        public abstract Builder addAllTopics(Iterable<String> topics);

        /**
         * Adds a paragraph of methodology after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology a paragraph on how the block works
         * @return this builder
         * @throws NullPointerException if {@code methodology} is null
         */
        public abstract Builder addMethodology(String methodology);

        /**
         * Adds paragraphs of methodology, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology the paragraphs on how the block works, in order
         * @return this builder
         * @throws NullPointerException if {@code methodology} or one of its elements is null
         */
        public abstract Builder addMethodology(String... methodology);

        /**
         * Adds paragraphs of methodology, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology the paragraphs on how the block works, in order
         * @return this builder
         * @throws NullPointerException if {@code methodology} or one of its elements is null
         */
        public abstract Builder addAllMethodology(Iterable<String> methodology);

        /**
         * Sets the timing.
         *
         * <p>Every top-level block needs a timing: an agenda refuses one without
         * ({@link Invariant#BLOCK_TIMING_MISSING}) when it is built. A child block without one happens at
         * some unstated time within its parent.
         *
         * @param timing when the block happens: a {@link Slot} or a {@link DurationOnly}
         * @return this builder
         * @throws NullPointerException if {@code timing} is null
         * @throws IllegalStateException if the timing is already set
         */
        public abstract Builder timing(Timing timing);

        /**
         * Sets the timing, or leaves the block without one if {@code timing} is empty.
         *
         * <p>Every top-level block needs a timing: an agenda refuses one without
         * ({@link Invariant#BLOCK_TIMING_MISSING}) when it is built. A child block without one happens at
         * some unstated time within its parent.
         *
         * @param timing when the block happens: a {@link Slot} or a {@link DurationOnly}, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code timing} is null
         * @throws IllegalStateException if the timing is already set
         */
        public abstract Builder timing(Optional<? extends Timing> timing);

        /**
         * Adds a moderator after those already added.
         *
         * @param moderator the moderator
         * @return this builder
         * @throws NullPointerException if {@code moderator} is null
         */
        public abstract Builder addModerator(Moderator moderator);

        /**
         * Adds moderators, in order, after those already added.
         *
         * @param moderators the moderators, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code moderators} or one of its elements is null
         */
        public abstract Builder addModerators(Moderator... moderators);

        /**
         * Adds moderators, in iteration order, after those already added.
         *
         * @param moderators the moderators, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code moderators} or one of its elements is null
         */
        public abstract Builder addAllModerators(Iterable<? extends Moderator> moderators);

        /**
         * Adds a participant after those already added.
         *
         * @param participant the participant
         * @return this builder
         * @throws NullPointerException if {@code participant} is null
         */
        public abstract Builder addParticipant(Participant participant);

        /**
         * Adds participants, in order, after those already added.
         *
         * @param participants the participants, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code participants} or one of its elements is null
         */
        public abstract Builder addParticipants(Participant... participants);

        /**
         * Adds participants, in iteration order, after those already added.
         *
         * @param participants the participants, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code participants} or one of its elements is null
         */
        public abstract Builder addAllParticipants(Iterable<? extends Participant> participants);

        /**
         * Adds a child block after those already added.
         *
         * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the
         * same id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
         *
         * @param child the child block
         * @return this builder
         * @throws NullPointerException if {@code child} is null
         */
        public abstract Builder addChild(AgendaBlock child);

        /**
         * Adds child blocks, in order, after those already added.
         *
         * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the
         * same id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
         *
         * @param children the child blocks, in order
         * @return this builder
         * @throws NullPointerException if {@code children} or one of its elements is null
         */
        public abstract Builder addChildren(AgendaBlock... children);

        /**
         * Adds child blocks, in iteration order, after those already added.
         *
         * <p>Within an agenda, block ids are unique at any depth: the agenda refuses a second block with the
         * same id ({@link Invariant#DUPLICATE_BLOCK_ID}) when it is built.
         *
         * @param children the child blocks, in order
         * @return this builder
         * @throws NullPointerException if {@code children} or one of its elements is null
         */
        public abstract Builder addAllChildren(Iterable<? extends AgendaBlock> children);

        /**
         * Sets the room.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the room is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param room the room the block happens in, as printed
         * @return this builder
         * @throws NullPointerException if {@code room} is null
         * @throws IllegalStateException if the room is already set
         */
        public abstract Builder room(String room);

        /**
         * Sets the room, or leaves the block without one if {@code room} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the room is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param room the room the block happens in, as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code room} is null
         * @throws IllegalStateException if the room is already set
         */
        public abstract Builder room(Optional<String> room);

        /**
         * Sets the track.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the track is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param track the track the block belongs to, as printed
         * @return this builder
         * @throws NullPointerException if {@code track} is null
         * @throws IllegalStateException if the track is already set
         */
        public abstract Builder track(String track);

        /**
         * Sets the track, or leaves the block without one if {@code track} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the track is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param track the track the block belongs to, as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code track} is null
         * @throws IllegalStateException if the track is already set
         */
        public abstract Builder track(Optional<String> track);

        /**
         * Adds a note after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a note is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param note a note, as printed
         * @return this builder
         * @throws NullPointerException if {@code note} is null
         */
        public abstract Builder addNote(String note);

        /**
         * Adds notes, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a note is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param notes the notes, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code notes} or one of its elements is null
         */
        public abstract Builder addNotes(String... notes);

        /**
         * Adds notes, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a note is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param notes the notes, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code notes} or one of its elements is null
         */
        public abstract Builder addAllNotes(Iterable<String> notes);

        /**
         * Builds the block from the attributes set so far.
         *
         * <p>The id, the kind and the title must be set. Then it checks the block's invariants, and throws
         * {@link InvariantViolationException} if:
         * <ul>
         * <li>the id is empty, contains whitespace or a control character, or is longer than
         *     {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID});
         * <li>the title or another text &mdash; the label, the objective, the description, the room, the
         *     track, a topic, a paragraph of methodology, a note &mdash; is blank
         *     ({@link Invariant#BLANK_TEXT});
         * <li>the id or a text has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         * </ul>
         *
         * @return the block
         * @throws IllegalStateException if the id, the kind or the title is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract AgendaBlock build();
    }
}
