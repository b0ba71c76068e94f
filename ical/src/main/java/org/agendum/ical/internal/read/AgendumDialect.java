package org.agendum.ical.internal.read;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.Registration;
import org.agendum.ical.internal.ProductId;
import org.agendum.ical.internal.Uids;

/**
 * The publish profile agendum writes, read back modulo the loss table of {@code docs/ICALENDAR.md}.
 *
 * <p>A calendar is agendum's when its PRODID is agendum's or a VEVENT's UID ends in {@code
 * @agendum} (the default domain, which survives a calendar client's re-export when PRODID does
 * not). Its event is the VEVENT whose UID is one encoded id and a domain, with no RELATED-TO; the
 * VEVENTs related to it with UIDs {@code <event>.<block>@<domain>} are its blocks, and {@code
 * <event>+registration@<domain>} its registration deadline.
 */
final class AgendumDialect {

    private static final String DEFAULT_SUFFIX = "@" + Uids.DEFAULT_DOMAIN;

    private final Calendar calendar;
    private final Component main;
    private final String uid;
    private final String encodedId;
    private final String domain;

    private AgendumDialect(Calendar calendar, Component main, String uid) {
        this.calendar = calendar;
        this.main = main;
        this.uid = uid;
        int at = uid.indexOf('@');
        this.encodedId = uid.substring(0, at);
        this.domain = uid.substring(at + 1);
    }

    /**
     * Finds agendum's event in a calendar.
     *
     * @param calendar the calendar
     * @return the dialect, if the calendar is agendum's and has its event VEVENT
     */
    static Optional<AgendumDialect> of(Calendar calendar) {
        boolean ours = calendar.root.value("PRODID").map(TextValues::unescape)
                .map(p -> p.trim().startsWith(ProductId.PREFIX))
                .orElse(false);
        for (Component vevent : calendar.vevents) {
            String uid = Calendar.uid(vevent);
            ours |= uid.endsWith(DEFAULT_SUFFIX);
        }
        if (!ours) {
            return Optional.empty();
        }
        for (Component vevent : calendar.vevents) {
            String uid = Calendar.uid(vevent);
            int at = uid.indexOf('@');
            if (at > 0 && at < uid.length() - 1 && Uids.isEncodedId(uid.substring(0, at))
                    && vevent.first("RELATED-TO").isEmpty()) {
                return Optional.of(new AgendumDialect(calendar, vevent, uid));
            }
        }
        return Optional.empty();
    }

    /** The event VEVENT. */
    Component main() {
        return main;
    }

    Event read() {
        String id = decode(encodedId, main);
        When start = calendar.start(main);
        // The calendar's zone is the event's: its start is in UTC when its wall-clock time is ambiguous.
        ZoneId zone = calendar.calendarZone().orElse(start.zone());
        Event.Builder event = Event.builder().id(id).title(calendar.title(main)).zone(zone).start(start.local(zone));
        // The event's VEVENT is a series when the event is one (one block, repeating): it ends with its last session.
        Optional<When> end = calendar.times.read(main, "DTEND").map(e -> new TimedEntry(main, id, "", start, e,
                Optional.empty(), SeriesRule.of(main, calendar.times)).lastEnd(zone));
        if (end.isPresent() && end.get().instant().isAfter(start.instant())) {
            event.end(end.get().local(zone));
        }
        EventStatus status = Calendar.status(main);
        event.status(status);
        Calendar.revision(main).ifPresent(event::revision);
        event.addAllTopics(calendar.topics(main));
        Calendar.url(main).ifPresent(u -> event.addLinks(Link.of(u)));

        Uids uids = Uids.of(id, domain);
        List<TimedEntry> blocks = new ArrayList<>();
        int tentative = 0;
        boolean registered = false;
        for (Component vevent : calendar.vevents) {
            String other = Calendar.uid(vevent);
            boolean related = vevent.value("RELATED-TO").map(TextValues::unescape).map(String::trim).map(uid::equals)
                    .orElse(false);
            if (vevent == main || !related) {
                continue;
            }
            if (other.equals(uids.registration())) {
                // The first entry counts: a feed that lists the event twice repeats it.
                Optional<Registration> registration = registered ? Optional.empty() : registration(vevent, zone);
                registration.ifPresent(event::registration);
                registered |= registration.isPresent();
                continue;
            }
            Optional<String> block = uids.encodedBlockOf(other);
            Optional<When> blockStart = calendar.times.read(vevent, "DTSTART");
            if (block.isPresent() && blockStart.isPresent()) {
                When blockEnd = calendar.times.end(vevent, blockStart.get());
                blocks.add(new TimedEntry(vevent, decode(block.get(), vevent), calendar.title(vevent), blockStart.get(),
                        blockEnd, Optional.empty(), SeriesRule.of(vevent, calendar.times)));
                tentative += TimedEntry.statusOf(vevent).equals("TENTATIVE") ? 1 : 0;
            }
        }
        blocks.sort(TimedEntry.BY_START);
        // Every block TENTATIVE in a confirmed event is a provisional programme; some of them, provisional blocks.
        boolean provisional = status == EventStatus.SCHEDULED && tentative > 0 && tentative == blocks.size();
        String implied = TimedEntry.statusOf(main);
        Agenda.Builder agenda = TimedEntry.agenda(blocks, zone, provisional ? "TENTATIVE" : implied);
        if (provisional) {
            agenda.status(AgendaStatus.PROVISIONAL);
        }
        event.agenda(agenda.build());
        return event.build();
    }

    private Optional<Registration> registration(Component vevent, ZoneId zone) {
        Optional<When> day = calendar.times.read(vevent, "DTSTART");
        if (day.isEmpty() || !day.get().date()) {
            return Optional.empty();
        }
        Registration.Builder registration = Registration.builder()
                .deadline(Deadline.until(day.get().time().toLocalDate(), zone));
        Calendar.url(vevent).ifPresent(registration::url);
        return Optional.of(registration.build());
    }

    private String decode(String encoded, Component vevent) {
        int line = vevent.first("UID").map(Property::line).orElse(vevent.line());
        String id = Uids.decode(encoded).filter(AgendumDialect::isId).orElseThrow(() -> new IcsProblem(Kind.INVALID_VALUE,
                "UID part '" + IcsProblem.shown(encoded) + "' is not a percent-encoded id", line, 0));
        return calendar.texts.id(id, line);
    }

    private static boolean isId(String id) {
        return !id.isEmpty() && id.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c));
    }
}
