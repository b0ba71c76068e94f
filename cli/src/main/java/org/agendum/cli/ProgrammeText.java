package org.agendum.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Registration;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/** An event as a printed programme: times in every zone, people with their positions, where and how to attend. */
final class ProgrammeText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT);

    private final Event event;
    private final Timetable timetable;
    private final List<ZoneId> zones = new ArrayList<>();
    private final Labels labels;
    private final StringBuilder text = new StringBuilder();

    ProgrammeText(Event event, List<ZoneId> extraZones, Labels labels) {
        this.event = event;
        this.timetable = Timetable.of(event);
        this.labels = labels;
        zones.add(event.zone());
        event.displayZones().forEach(d -> addZone(d.zone()));
        extraZones.forEach(this::addZone);
    }

    private void addZone(ZoneId zone) {
        if (!zones.contains(zone)) {
            zones.add(zone);
        }
    }

    String render() {
        line(event.title());
        event.subtitle().ifPresent(this::line);
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.POSTPONED) {
            line(labels.get(event.status() == EventStatus.CANCELLED ? "cancelled" : "postponed"));
        } else if (event.status() == EventStatus.PROVISIONAL) {
            line("(" + labels.get("tentative") + ")");
        }
        LocalDate day = timetable.eventStart().toLocalDate();
        line(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(labels.locale).format(day) + " · "
                + timetable.eventSpan().map(this::inZones).orElseGet(() -> inZones(timetable.eventStart())));
        event.maximumDuration().ifPresent(max -> line(labels.get("maximumDuration") + ": " + duration(max)));
        event.venue().ifPresent(this::venue);
        event.onlineLocation().ifPresent(online -> line(labels.get("online") + ": " + join(", ",
                online.platform().orElse(null), online.url().map(Object::toString).orElse(null),
                online.linkSentAfterRegistration() ? labels.get("linkAfterRegistration") : null)));
        event.registration().ifPresent(this::registration);
        if (!event.contacts().isEmpty()) {
            line(labels.get("contacts") + ":");
            for (Contact contact : event.contacts()) {
                Party party = contact.party();
                String who = contact.role().map(r -> r + ": ").orElse("") + describe(party);
                line("  " + join(", ", who, party.email().orElse(null), party.phone().orElse(null)));
            }
        }
        line("");
        line(labels.get("programme") + event.agenda().title().map(t -> " — " + t).orElse("")
                + (event.agenda().status() == AgendaStatus.PROVISIONAL ? " (" + labels.get("provisional") + ")" : ""));
        for (ScheduledBlock scheduled : timetable.blocks()) {
            block(scheduled);
        }
        return text.toString();
    }

    private void venue(Venue venue) {
        line(labels.get("venue") + ": " + join(", ", venue.name(), venue.room().orElse(null),
                venue.address().map(a -> a.toSingleLine()).orElse(null)));
        venue.entrance().ifPresent(e -> line("  " + labels.get("entrance") + ": " + e.toSingleLine()));
        if (!venue.transit().isEmpty()) {
            line("  " + labels.get("access") + ": " + venue.transit().stream().map(ProgrammeText::transit)
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String transit(TransitAccess access) {
        String mode = access.mode().name().charAt(0) + access.mode().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return mode + (access.lines().isEmpty() ? "" : " " + String.join(", ", access.lines())) + " — " + access.station();
    }

    private void registration(Registration registration) {
        List<String> parts = new ArrayList<>();
        if (registration.required()) {
            parts.add(labels.get("required"));
        }
        registration.capacity().ifPresent(c -> parts.add(c.seats().isPresent()
                ? c.seats().getAsInt() + " " + labels.get("seats") : labels.get("limitedSeats")));
        StringBuilder line = new StringBuilder(labels.get("registration"));
        if (!parts.isEmpty()) {
            line.append(" (").append(String.join(", ", parts)).append(")");
        }
        line.append(":");
        registration.url().ifPresent(u -> line.append(' ').append(u));
        registration.deadline().ifPresent(d -> line.append(registration.url().isPresent() ? " — " : " ").append(deadline(d)));
        line(line.toString());
    }

    private String deadline(Deadline deadline) {
        return labels.get("deadline") + " " + deadline.lastDay() + deadline.wording().map(w -> " (\"" + w + "\")").orElse("");
    }

    private void block(ScheduledBlock scheduled) {
        AgendaBlock block = scheduled.block();
        String indent = "  ".repeat(scheduled.depth());
        String when = scheduled.span().map(this::inZones).orElse("·");
        line(indent + when + "  " + block.displayTitle());
        String inner = indent + "    ";
        block.objective().ifPresent(o -> line(inner + o));
        for (Moderator moderator : block.moderators()) {
            line(inner + moderator.label().orElseGet(() -> role(moderator.role())) + ": " + describe(moderator.party()));
        }
        for (Participant participant : block.participants()) {
            line(inner + "- " + participant.label().map(l -> l + ": ").orElse("") + describe(participant.party()));
        }
        block.topics().forEach(topic -> line(inner + "• " + topic));
    }

    private String role(ModeratorRole role) {
        switch (role) {
            case FACILITATOR:
                return labels.get("facilitator");
            case CHAIR:
                return labels.get("chair");
            default:
                return labels.get("moderator");
        }
    }

    /** "13:15–13:50 Uruguay · 11:15–11:50 México", with dates when the span is not on the event's first day. */
    private String inZones(TimeSpan span) {
        List<String> parts = new ArrayList<>();
        for (ZoneId zone : zones) {
            TimeSpan local = span.atZone(zone);
            boolean firstDay = local.start().toLocalDate().equals(timetable.eventStart().toLocalDate());
            parts.add((firstDay ? "" : local.start().toLocalDate() + " ") + TIME.format(local.start()) + "–"
                    + TIME.format(local.end()) + " " + label(zone));
        }
        return String.join(" · ", parts);
    }

    private String inZones(java.time.ZonedDateTime instant) {
        return zones.stream().map(z -> TIME.format(instant.withZoneSameInstant(z)) + " " + label(z))
                .collect(Collectors.joining(" · "));
    }

    private String label(ZoneId zone) {
        return event.labelOf(zone).orElse(zone.getId());
    }

    /** A person with honorific, position, organization (and those it belongs to), city and country. */
    static String describe(Party party) {
        List<String> parts = new ArrayList<>();
        if (party instanceof Person) {
            Person person = (Person) party;
            parts.add(person.displayName());
            person.positions().forEach(p -> {
                p.title().ifPresent(parts::add);
                p.organization().ifPresent(o -> parts.add(organization(o)));
            });
        } else {
            parts.add(organization((Organization) party));
        }
        party.city().ifPresent(parts::add);
        party.country().ifPresent(parts::add);
        // A title that names its organization, or a city that is the organization's name, is said once.
        return parts.stream().distinct().collect(Collectors.joining(", "));
    }

    private static String organization(Organization organization) {
        return organization.displayName() + organization.parent().map(p -> ", " + organization(p)).orElse("");
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                present.add(part);
            }
        }
        return String.join(separator, present);
    }

    private static String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return (hours > 0 ? hours + " h" : "") + (hours > 0 && minutes > 0 ? " " : "")
                + (minutes > 0 || hours == 0 ? minutes + " min" : "");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
