package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Composes an {@link Agenda} the way a printed programme reads: one block after another, each
 * with its duration ("Inauguración, 15 minutos") or its slot ("9h-9h30 Registro"), followed by
 * what the block has &mdash; speakers, moderators, topics, child blocks.
 *
 * <pre>{@code
 * Agenda agenda = Agenda.compose()
 *         .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
 *             .speakers(perez, petrantonio, escobedo)
 *         .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas estratégicas ...")
 *             .label("Panel 1")
 *             .moderators(Moderator.facilitator(martinezJusto).withLabel("Facilitadora"))
 *             .panelists(hernandezMontoya, herrera)
 *             .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
 *         .toAgenda();
 * }</pre>
 *
 * <p>A block whose id is not {@linkplain Step#id(String) given} gets one derived from its kind and
 * its place, never from its wording: {@code <kind>-<n>}, the kind in lower case with hyphens and
 * {@code n} the block's 1-based ordinal among the blocks of that kind beside it. Every block
 * counts, whether its id is given, derived or built elsewhere, so the blocks above are
 * "opening-1", "panel-1" and, were a second panel added after it, "panel-2". A child's id is its
 * parent's id, a hyphen and its own {@code <kind>-<n>} among its siblings
 * ("panel-1-questions-and-answers-1"). Given ids, including those of blocks built elsewhere and
 * their children, are reserved first; a derived id that one of them already takes gets a numeric
 * suffix ("panel-1-2").
 *
 * <p>Ids become iCalendar UIDs, and a calendar that receives a re-published file with a new UID
 * adds a second entry instead of updating the first. Derived ids therefore survive every edit of
 * a block's title, label, timing, people or texts, and giving or removing an id on one block
 * changes no other. They do not survive a change of place or kind: inserting, removing or
 * reordering blocks renumbers the later blocks of the same kind at that level (and their
 * children), and a block whose kind changes gets a new id. A publisher who may insert blocks
 * after publishing should give ids explicitly; a child composed with {@link Step#child(BlockKind,
 * String)} always derives its id, so give a child's id by {@linkplain Step#child(AgendaBlock)
 * building it}.
 *
 * <p>A composer is a mutable, single-use builder and not thread-safe; the agenda it produces is
 * immutable.
 */
public final class AgendaComposer extends BlockAdding {
    private final List<BlockDraft> blocks = new ArrayList<>();
    private AgendaStatus status = AgendaStatus.CONFIRMED;
    private String title;

    AgendaComposer() {}

    /**
     * Marks the programme as provisional ("Programme provisoire").
     *
     * @return this composer
     */
    public AgendaComposer provisional() {
        this.status = AgendaStatus.PROVISIONAL;
        return this;
    }

    /**
     * Sets the heading of the programme, as printed.
     *
     * @param title the heading
     * @return this composer
     */
    public AgendaComposer titled(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    @Override
    AgendaComposer composer() {
        return this;
    }

    Step add(Timing timing, BlockKind kind, String title) {
        BlockDraft draft = new BlockDraft(timing, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(title, "title"));
        blocks.add(draft);
        return new Step(draft);
    }

    void addBuilt(AgendaBlock block) {
        blocks.add(BlockDraft.of(block));
    }

    Agenda build() {
        Set<String> used = new HashSet<>();
        for (BlockDraft block : blocks) {
            block.reserveIds(used);
        }
        Agenda.Builder agenda = Agenda.builder().status(status);
        if (title != null) {
            agenda.title(title);
        }
        return agenda.addAllBlocks(BlockDraft.build(blocks, used, "")).build();
    }

    /**
     * One block being composed. Its methods describe the block and return it; {@code block(...)}
     * and {@link #toAgenda()} go on with the agenda. A method that sets a single-valued attribute
     * replaces what an earlier call set; one that adds to a list appends, in order.
     */
    @ComposerStep(of = AgendaBlock.class, extending = BlockAdding.class, builtBy = "toAgenda()",
            except = {"timing", "children", "statusNote", "previousStart", "recurrence"})
    public final class Step extends AgendaComposerStepBase {
        private final BlockDraft draft;

        private Step(BlockDraft draft) {
            this.draft = draft;
        }

        /**
         * Sets the block's id instead of deriving one from its kind and place. Give one when the id
         * must survive blocks being inserted, removed or reordered before this one, or a change of
         * kind.
         *
         * @param id the id
         * @return this block
         */
        public Step id(String id) {
            draft.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets whether the block is going ahead as published, and what the organizers announced about it.
         *
         * @param status the status: cancelled, postponed, rescheduled, provisional
         * @param note the note ("Moved to room B"), as printed
         * @return this block
         */
        public Step status(BlockStatus status, String note) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(note, "note");
            put("status", block -> block.status(status));
            return put("statusNote", block -> block.statusNote(note));
        }

        /**
         * Marks the block {@linkplain BlockStatus#RESCHEDULED rescheduled} from the start first announced.
         *
         * @param previousStart the start first announced, in the event's zone
         * @return this block
         */
        public Step rescheduledFrom(LocalDateTime previousStart) {
            Objects.requireNonNull(previousStart, "previousStart");
            put("status", block -> block.status(BlockStatus.RESCHEDULED));
            return put("previousStart", block -> block.previousStart(previousStart));
        }

        /**
         * Adds a moderator with the role {@link ModeratorRole#MODERATOR} and a printed label.
         *
         * @param party the person or organization
         * @param label the label as printed ("Modera")
         * @return this block
         */
        public Step moderatedBy(Party party, String label) {
            return moderators(Moderator.moderator(party).withLabel(label));
        }

        /**
         * Adds parties as {@linkplain ParticipantRole#SPEAKER speakers}.
         *
         * @param parties the speakers, in order
         * @return this block
         */
        public Step speakers(Party... parties) {
            return participants(Arrays.stream(parties).map(Participant::speaker).toArray(Participant[]::new));
        }

        /**
         * Adds parties as {@linkplain ParticipantRole#PANELIST panelists}.
         *
         * @param parties the panelists, in order
         * @return this block
         */
        public Step panelists(Party... parties) {
            return participants(Arrays.stream(parties).map(Participant::panelist).toArray(Participant[]::new));
        }

        /**
         * Adds a child block with no timing of its own: it happens at some time within this one
         * (the questions and answers of a panel). Its id is derived from this block's id, its kind
         * and its place among this block's children.
         *
         * @param kind the kind of the child block
         * @param title its title as printed
         * @return this block
         */
        public Step child(BlockKind kind, String title) {
            draft.children.add(new BlockDraft(null, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(title, "title")));
            return this;
        }

        /**
         * Adds a child block built elsewhere.
         *
         * @param child the child block
         * @return this block
         */
        public Step child(AgendaBlock child) {
            draft.children.add(BlockDraft.of(child));
            return this;
        }

        @Override
        Step put(String attribute, Consumer<AgendaBlock.Builder> setter) {
            draft.values.put(attribute, setter);
            return this;
        }

        @Override
        Step append(Consumer<AgendaBlock.Builder> adder) {
            draft.additions.add(adder);
            return this;
        }

        @Override
        AgendaComposer composer() {
            return AgendaComposer.this;
        }
    }
}
