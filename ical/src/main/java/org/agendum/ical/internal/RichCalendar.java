package org.agendum.ical.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VLocation;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ParticipantType;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.json.JsonEventFormat;

/**
 * What the <em>rich</em> profile adds to the publish profile's event VEVENT: RFC 9073 PARTICIPANT
 * components (moderators, speakers, contacts), a VLOCATION for the venue, and a STRUCTURED-DATA
 * property carrying the event's canonical JSON.
 *
 * <p>Why the ical module depends on the json module: STRUCTURED-DATA is RFC 9073's place for
 * machine-readable data about a component, and agendum's canonical JSON is the one encoding of an
 * event that is lossless, versioned and documented by a JSON Schema. Carrying it is what lets a
 * rich file be read back into an equal event; inventing a second encoding here would duplicate the
 * json module and drift from it.
 */
public final class RichCalendar {

    /** The {@code $id} of the JSON Schema of the canonical JSON, the SCHEMA of STRUCTURED-DATA. */
    public static final String SCHEMA_ID = "https://agendum.org/schema/event/1.json";

    /** The FMTTYPE of STRUCTURED-DATA. */
    public static final String FMTTYPE = "application/json";

    /** The property name (RFC 9073 §6.6). */
    public static final String STRUCTURED_DATA = "STRUCTURED-DATA";

    private static final JsonEventFormat JSON = JsonEventFormat.create().compact();

    private RichCalendar() {}

    /**
     * Adds PARTICIPANT and VLOCATION components to the event's VEVENT. People are never written
     * with CALENDAR-ADDRESS: a mailto address would make clients treat them as invitees.
     */
    static void addComponents(VEvent main, Event event, Timetable timetable, String eventUidPart) {
        Map<String, String[]> participants = new LinkedHashMap<>();
        for (ScheduledBlock scheduled : timetable.blocks()) {
            String title = scheduled.block().displayTitle();
            for (Moderator moderator : scheduled.block().moderators()) {
                // RFC 9073 has no moderator type. Not ACTIVE: ical4j 4.4.0 cannot parse
                // PARTICIPANT-TYPE:ACTIVE ("Cannot modify constant instances"); an x-name is allowed.
                note(participants, "X-MODERATOR", moderator.party(), ProgrammeText.moderatorRole(moderator) + ": " + title);
            }
            for (Participant participant : scheduled.block().participants()) {
                note(participants, "SPEAKER", participant.party(),
                        ProgrammeText.participantRole(participant) + ": " + title);
            }
        }
        for (org.agendum.core.model.Contact contact : event.contacts()) {
            note(participants, "CONTACT", contact.party(), ProgrammeText.contact(contact));
        }
        for (Map.Entry<String, String[]> entry : participants.entrySet()) {
            String[] value = entry.getValue();
            net.fortuna.ical4j.model.component.Participant component = new net.fortuna.ical4j.model.component.Participant();
            component.add(new Uid(eventUidPart + "+" + entry.getKey() + "@agendum"));
            component.add(new ParticipantType(value[0]));
            component.add(new Summary(PublishCalendar.text(value[1])));
            component.add(new Description(PublishCalendar.text(value[2])));
            main.add(component);
        }
        event.venue().ifPresent(venue -> main.add(location(venue, eventUidPart)));
    }

    private static void note(Map<String, String[]> participants, String type, Party party, String line) {
        String key = type.toLowerCase(java.util.Locale.ROOT) + "." + PublishCalendar.encode(party.id());
        String[] existing = participants.get(key);
        if (existing == null) {
            participants.put(key, new String[] {type, ProgrammeText.party(party), line});
        } else if (!List.of(existing[2].split("\n", -1)).contains(line)) {
            existing[2] = existing[2] + "\n" + line;
        }
    }

    private static VLocation location(Venue venue, String eventUidPart) {
        VLocation location = new VLocation();
        location.add(new Uid(eventUidPart + "+venue@agendum"));
        location.add(new Name(PublishCalendar.text(venue.name())));
        List<String> lines = new ArrayList<>();
        venue.room().ifPresent(r -> lines.add("Room: " + r));
        venue.address().ifPresent(a -> lines.add("Address: " + a.toSingleLine()));
        venue.entrance().ifPresent(e -> lines.add("Entrance: " + e.toSingleLine()));
        for (TransitAccess transit : venue.transit()) {
            lines.add(ProgrammeText.transit(transit));
        }
        if (!lines.isEmpty()) {
            location.add(new Description(PublishCalendar.text(String.join("\n", lines))));
        }
        venue.url().ifPresent(url -> location.add(new Url(url)));
        return location;
    }

    /**
     * Inserts the STRUCTURED-DATA content line into the first VEVENT (the event's) of an unfolded
     * document, after its properties.
     *
     * <p>It is written here rather than by ical4j, whose 4.4.0 writes the SCHEMA URI unquoted (a
     * {@code :} is not allowed in an unquoted parameter value, RFC 5545 §3.1) and whose validation
     * of any STRUCTURED-DATA with a SCHEMA throws "Schema validation not yet implemented".
     */
    static String insertStructuredData(String unfolded, Event event) {
        String line = STRUCTURED_DATA + ";VALUE=TEXT;FMTTYPE=" + FMTTYPE + ";SCHEMA=\"" + SCHEMA_ID + "\":"
                + escape(JSON.toJson(event)) + "\r\n";
        int vevent = unfolded.indexOf("\r\nBEGIN:VEVENT\r\n");
        int begin = unfolded.indexOf("\r\nBEGIN:", vevent + 2);
        int end = unfolded.indexOf("\r\nEND:VEVENT\r\n", vevent + 2);
        int at = (begin >= 0 && begin < end ? begin : end) + 2;
        return unfolded.substring(0, at) + line + unfolded.substring(at);
    }

    /** RFC 5545 §3.3.11 TEXT escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Undoes RFC 5545 §3.3.11 TEXT escaping ({@code \N} too); a lone backslash stays. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The JSON format used for STRUCTURED-DATA. */
    static JsonEventFormat json() {
        return JSON;
    }
}
