package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.Event;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;

/**
 * Draws what an event says about languages and hybrid sessions, over an event already drawn, from
 * dice of its own so that every other draw stays as pinned: interpretation channels, texts in other
 * languages than the default, remote moderators and participants, and top-level blocks held
 * otherwise than the event, each with an online location that has a URL, so that the event stays
 * valid.
 */
final class HybridDraw {

    /** Mixed into an event's seed for these dice. */
    static final String HYBRID = "interpretations, localizations, remote people, hybrid blocks";

    private final Dice dice;
    private final Optional<String> defaultLanguage;

    private HybridDraw(Dice dice, Optional<String> defaultLanguage) {
        this.dice = dice;
        this.defaultLanguage = defaultLanguage;
    }

    /** The event with these attributes drawn. */
    static Event draw(long eventSeed, Event event) {
        HybridDraw draw = new HybridDraw(new Dice(Dice.seedOf(eventSeed, HYBRID)), event.defaultLanguage());
        Event drawn = event.withInterpretations(draw.interpretations(0.1))
                .withLocalizations(draw.localizations(0.2, event.title()));
        List<AgendaBlock> blocks = new ArrayList<>();
        for (AgendaBlock block : event.agenda().blocks()) {
            blocks.add(draw.topLevel(draw.block(block)));
        }
        return drawn.withAgenda(event.agenda().withBlocks(blocks));
    }

    /** A top-level block's own attendance mode, with an online location to join it; or a stream of its own. */
    private AgendaBlock topLevel(AgendaBlock block) {
        if (dice.chance(0.1)) {
            AttendanceMode mode = dice.pick(AttendanceMode.values());
            AgendaBlock held = block.withAttendanceMode(mode);
            return mode == AttendanceMode.IN_PERSON ? held : held.withOnlineLocation(onlineLocation());
        }
        return dice.chance(0.05) ? block.withOnlineLocation(onlineLocation()) : block;
    }

    /** A block and its children with their interpretations, localizations and remote people. */
    private AgendaBlock block(AgendaBlock block) {
        List<Moderator> moderators = new ArrayList<>();
        for (Moderator moderator : block.moderators()) {
            moderators.add(dice.chance(0.1) ? moderator.withRemote(true) : moderator);
        }
        List<Participant> participants = new ArrayList<>();
        for (Participant participant : block.participants()) {
            participants.add(dice.chance(0.1) ? participant.withRemote(true) : participant);
        }
        List<AgendaBlock> children = new ArrayList<>();
        for (AgendaBlock child : block.children()) {
            children.add(block(child));
        }
        return block.withModerators(moderators).withParticipants(participants).withChildren(children)
                .withInterpretations(interpretations(0.05)).withLocalizations(localizations(0.1, block.title()));
    }

    private List<Interpretation> interpretations(double chance) {
        List<Interpretation> interpretations = new ArrayList<>();
        if (!dice.chance(chance)) {
            return interpretations;
        }
        int channel = 2;
        for (String language : dice.some(SampleText.LANGUAGES, 2)) {
            Interpretation.Builder interpretation = Interpretation.builder().language(language);
            dice.maybePick(0.5, SampleText.LANGUAGES).ifPresent(interpretation::sourceLanguage);
            if (dice.chance(0.7)) {
                interpretation.channel(dice.pick("Channel ", "Canal ", "Canal n° ") + channel++);
            }
            interpretations.add(interpretation.build());
        }
        return interpretations;
    }

    /** Up to two localizations, in languages other than the default, when the event has one. */
    private List<Localization> localizations(double chance, String title) {
        List<Localization> localizations = new ArrayList<>();
        if (defaultLanguage.isEmpty() || !dice.chance(chance)) {
            return localizations;
        }
        for (String language : dice.some(SampleText.LANGUAGES, 2)) {
            if (language.equalsIgnoreCase(defaultLanguage.get())) {
                continue;
            }
            Localization.Builder localization = Localization.builder().language(language);
            int texts = dice.between(1, 7);
            if ((texts & 1) != 0) {
                localization.title("[" + language + "] " + title);
            }
            if ((texts & 2) != 0) {
                localization.subtitle(dice.pick(SampleText.SUBTITLES));
            }
            if ((texts & 4) != 0) {
                localization.description(BlockDraw.paragraphs(dice, 1));
            }
            localizations.add(localization.build());
        }
        return localizations;
    }

    /** Always with a URL: a block's own access is never a platform name alone. */
    private OnlineLocation onlineLocation() {
        OnlineLocation.Builder online = OnlineLocation.builder().url(SampleText.url(dice));
        dice.maybePick(0.5, SampleText.PLATFORMS).ifPresent(online::platform);
        if (dice.chance(0.3)) {
            online.meetingId(dice.between(100, 999) + " " + dice.between(1000, 9999) + " " + dice.between(1000, 9999));
        }
        if (dice.chance(0.3)) {
            online.passcode(dice.pick("matatu", "kibera", "4711", "Zürich-2024"));
        }
        if (dice.chance(0.2)) {
            online.addDialIn(DialIn.builder().number(dice.pick("+254 20 123 4567", "+33 1 70 37 97 29", "+598 2915 0000"))
                    .pin(dice.between(100000, 999999) + "#").build());
        }
        return online.build();
    }
}
