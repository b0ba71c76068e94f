package org.agendum.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Event;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/**
 * The JSON baseline's data: plain records written by hand that mirror an {@link Event}'s fields
 * and blocks, for plain Jackson databind to write and read without any of agendum's checks.
 * Absent values are {@code null} and empty lists are left out, as agendum's JSON does.
 */
record PlainEvent(int formatVersion, String id, String kind, String title, String subtitle, String description,
        List<String> topics, List<String> audiences, List<String> objectives, List<String> frameworks,
        List<String> methodology, List<String> languages, List<PlainInterpretation> interpretations,
        List<PlainLocalization> localizations, String status, String attendanceMode, String zone, LocalDateTime start, LocalDateTime end, Duration maximumDuration, List<PlainDisplayZone> displayZones,
        List<PlainParty> organizers, List<PlainParty> partners, PlainVenue venue, PlainOnline onlineLocation,
        PlainRegistration registration, List<PlainDeadline> deadlines, List<PlainLink> links, PlainAgenda agenda) {

    record PlainDisplayZone(String zone, String label) {}

    record PlainParty(String id, String name) {}

    record PlainAddress(String street, String postalCode, String locality, String region, String country) {}

    record PlainGeo(double latitude, double longitude) {}

    record PlainTransit(String mode, String station, List<String> lines) {}

    record PlainVenue(String name, String room, PlainAddress address, PlainAddress entrance, PlainGeo geo,
            List<PlainTransit> transit, URI url) {}

    record PlainOnline(URI url, String platform) {}

    record PlainDeadline(String kind, LocalDateTime dateTime, LocalDate date, String zone, String subject,
            String wording) {}

    record PlainRegistration(boolean required, URI url, Integer seats, PlainDeadline deadline, String notes) {}

    record PlainLink(URI uri, String label, String kind) {}

    record PlainAgenda(String status, String title, List<PlainBlock> blocks) {}

    record PlainTiming(LocalDate date, LocalTime start, LocalTime end, Duration duration) {}

    record PlainPerson(String id, String role, String label, Boolean remote) {}

    record PlainInterpretation(String language, String sourceLanguage, String channel) {}

    record PlainLocalization(String language, String title, String subtitle, String description) {}

    record PlainBlock(String id, String kind, String label, String title, String subtitle, String objective,
            String description, List<String> topics, List<String> methodology, List<String> languages,
            List<PlainInterpretation> interpretations, List<PlainLocalization> localizations, PlainTiming timing,
            List<PlainPerson> moderators, List<PlainPerson> participants, List<PlainBlock> children, String room,
            String track, String attendanceMode, PlainOnline onlineLocation, List<String> notes, List<PlainLink> links) {}

    /** Copies an event into records, outside any measured code. */
    static PlainEvent of(Event e) {
        return new PlainEvent(1, e.id(), e.kind().map(PlainEvent::name).orElse(null), e.title(),
                e.subtitle().orElse(null), e.description().orElse(null), e.topics(), e.audiences(), e.objectives(),
                e.frameworks(), e.methodology(), e.languages(),
                e.interpretations().stream().map(PlainEvent::interpretation).toList(),
                e.localizations().stream().map(PlainEvent::localization).toList(), name(e.status()),
                name(e.attendanceMode()),
                e.zone().getId(), e.start(), e.end().orElse(null), e.maximumDuration().orElse(null),
                e.displayZones().stream().map(d -> new PlainDisplayZone(d.zone().getId(), d.label())).toList(),
                e.organizers().stream().map(p -> new PlainParty(p.id(), p.displayName())).toList(),
                e.partners().stream().map(p -> new PlainParty(p.id(), p.displayName())).toList(),
                e.venue().map(v -> new PlainVenue(v.name(), v.room().orElse(null),
                        v.address().map(PlainEvent::address).orElse(null),
                        v.entrance().map(PlainEvent::address).orElse(null),
                        v.geo().map(g -> new PlainGeo(g.latitude(), g.longitude())).orElse(null),
                        v.transit().stream().map(t -> new PlainTransit(name(t.mode()), t.station(), t.lines())).toList(),
                        v.url().orElse(null))).orElse(null),
                e.onlineLocation().map(PlainEvent::online).orElse(null),
                e.registration().map(r -> new PlainRegistration(r.required(), r.url().orElse(null),
                        r.capacity().flatMap(c -> c.seats().isPresent() ? java.util.Optional.of(c.seats().getAsInt())
                                : java.util.Optional.empty()).orElse(null),
                        r.deadline().map(PlainEvent::deadline).orElse(null), r.notes().orElse(null))).orElse(null),
                e.deadlines().stream().map(PlainEvent::deadline).toList(),
                e.links().stream().map(PlainEvent::link).toList(),
                new PlainAgenda(name(e.agenda().status()), e.agenda().title().orElse(null),
                        e.agenda().blocks().stream().map(PlainEvent::block).toList()));
    }

    private static PlainBlock block(AgendaBlock b) {
        return new PlainBlock(b.id(), name(b.kind()), b.label().orElse(null), b.title(), b.subtitle().orElse(null),
                b.objective().orElse(null), b.description().orElse(null), b.topics(), b.methodology(), b.languages(),
                b.interpretations().stream().map(PlainEvent::interpretation).toList(),
                b.localizations().stream().map(PlainEvent::localization).toList(),
                b.timing().map(PlainEvent::timing).orElse(null),
                b.moderators().stream().map(PlainEvent::moderator).toList(),
                b.participants().stream().map(PlainEvent::participant).toList(),
                b.children().stream().map(PlainEvent::block).toList(), b.room().orElse(null), b.track().orElse(null),
                b.attendanceMode().map(PlainEvent::name).orElse(null), b.onlineLocation().map(PlainEvent::online).orElse(null),
                b.notes(), b.links().stream().map(PlainEvent::link).toList());
    }

    private static PlainOnline online(OnlineLocation o) {
        return new PlainOnline(o.url().orElse(null), o.platform().orElse(null));
    }

    private static PlainInterpretation interpretation(Interpretation i) {
        return new PlainInterpretation(i.language(), i.sourceLanguage().orElse(null), i.channel().orElse(null));
    }

    private static PlainLocalization localization(Localization l) {
        return new PlainLocalization(l.language(), l.title().orElse(null), l.subtitle().orElse(null),
                l.description().orElse(null));
    }

    private static PlainLink link(Link l) {
        return new PlainLink(l.url(), l.label().orElse(null), l.kind().map(PlainEvent::name).orElse(null));
    }

    private static PlainPerson moderator(Moderator m) {
        return new PlainPerson(m.party().id(), name(m.role()), m.label().orElse(null), m.remote() ? true : null);
    }

    private static PlainPerson participant(Participant p) {
        return new PlainPerson(p.party().id(), name(p.role()), p.label().orElse(null), p.remote() ? true : null);
    }

    private static PlainTiming timing(Timing t) {
        if (t instanceof Slot) {
            Slot s = (Slot) t;
            return new PlainTiming(s.date().orElse(null), s.start(), s.end(), null);
        }
        return new PlainTiming(null, null, null, ((DurationOnly) t).duration());
    }

    private static PlainDeadline deadline(Deadline d) {
        LocalDateTime at = d instanceof Deadline.At a ? a.dateTime() : null;
        LocalDate date = d instanceof Deadline.Before b ? b.date() : d instanceof Deadline.Until u ? u.date() : null;
        return new PlainDeadline(name(d.kind()), at, date, d.zone().getId(),
                d.subject().orElse(null), d.wording().orElse(null));
    }

    private static PlainAddress address(PostalAddress a) {
        return new PlainAddress(a.street().orElse(null), a.postalCode().orElse(null), a.locality().orElse(null),
                a.region().orElse(null), a.country().orElse(null));
    }

    /** The enum's JSON name, kebab case like agendum's ("questions-and-answers"). */
    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
