package org.agendum.ical.internal.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import org.agendum.core.text.Label;
import org.agendum.core.text.PartyText;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeLabels;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.ical.internal.CanonicalJson;
import org.agendum.ical.internal.StructuredData;
import org.agendum.ical.internal.Uids;

/**
 * What the <em>rich</em> profile adds to the event's VEVENT: a STRUCTURED-DATA property carrying
 * the event's canonical JSON, then RFC 9073 PARTICIPANT components (moderators, speakers,
 * contacts) and a VLOCATION for the venue.
 *
 * <p>Why the ical module depends on the json module: STRUCTURED-DATA is RFC 9073's place for
 * machine-readable data about a component, and agendum's canonical JSON is the one encoding of an
 * event that is lossless, versioned and documented by a JSON Schema. Carrying it is what lets a
 * rich file be read back into an equal event; a second encoding here would drift from it.
 */
final class RichComponents {


    private RichComponents() {}

    /**
     * Writes STRUCTURED-DATA, PARTICIPANT and VLOCATION into the open event VEVENT. People are never
     * written with CALENDAR-ADDRESS: a mailto address would make clients treat them as invitees.
     * Roles and labels are in the programme's language.
     */
    static void write(Programme programme, Uids uids, ContentLineWriter out) throws IOException {
        Event event = programme.event();
        ProgrammeLabels labels = programme.labels();
        structuredData(event, out);
        Map<String, Noted> participants = new LinkedHashMap<>();
        for (ScheduledBlock scheduled : programme.timetable().blocks()) {
            String title = scheduled.block().displayTitle();
            for (Moderator moderator : scheduled.block().moderators()) {
                // RFC 9073 has no moderator type; an x-name is allowed (ACTIVE would be the nearest,
                // and ical4j 4.4.0 cannot parse it).
                note(participants, "X-MODERATOR", moderator.party(),
                        labels.labelled(labels.role(moderator.role()), title));
            }
            for (Participant participant : scheduled.block().participants()) {
                note(participants, "SPEAKER", participant.party(),
                        labels.labelled(labels.role(participant.role()), title));
            }
        }
        for (org.agendum.core.model.Contact contact : event.contacts()) {
            note(participants, "CONTACT", contact.party(), PartyText.contact(contact));
        }
        for (Noted participant : participants.values()) {
            out.begin("PARTICIPANT");
            out.property("UID").text(uids.part(participant.type().toLowerCase(Locale.ROOT), Optional.of(participant.id())));
            out.property("PARTICIPANT-TYPE").value(participant.type());
            out.property("SUMMARY").text(participant.summary());
            out.property("DESCRIPTION").text(String.join("\n", participant.lines()));
            out.end("PARTICIPANT");
        }
        if (event.venue().isPresent()) {
            location(event.venue().get(), labels, uids, out);
        }
    }

    /**
     * STRUCTURED-DATA with the compact canonical JSON streamed into it, TEXT-escaped and folded.
     * The SCHEMA URI is quoted: an unquoted parameter value cannot hold {@code :} (RFC 5545 §3.1).
     */
    private static void structuredData(Event event, ContentLineWriter out) throws IOException {
        out.property(StructuredData.NAME).parameter("VALUE", "TEXT").parameter("FMTTYPE", StructuredData.FMTTYPE)
                .parameter("SCHEMA", StructuredData.SCHEMA_ID);
        try (OutputStream value = new ControlEscapes(out.textStream())) {
            CanonicalJson.write(event, value);
        }
    }

    /** Merges each party's lines by type: one PARTICIPANT per party and type, in order of appearance. */
    private static void note(Map<String, Noted> participants, String type, Party party, String line) {
        participants.computeIfAbsent(type + " " + party.id(), k -> new Noted(type, party.id(), PartyText.party(party),
                new LinkedHashSet<>())).lines().add(line);
    }

    /** One PARTICIPANT to write: a party in one role, and its distinct lines in order. */
    private record Noted(String type, String id, String summary, Set<String> lines) {}

    private static void location(Venue venue, ProgrammeLabels labels, Uids uids, ContentLineWriter out)
            throws IOException {
        out.begin("VLOCATION");
        out.property("UID").text(uids.part("venue", Optional.empty()));
        out.property("NAME").text(venue.name());
        List<String> lines = new ArrayList<>();
        venue.room().ifPresent(r -> lines.add(labels.labelled(labels.get(Label.ROOM), r)));
        venue.address().ifPresent(a -> lines.add(labels.labelled(labels.get(Label.ADDRESS), a.toSingleLine())));
        venue.entrance().ifPresent(e -> lines.add(labels.labelled(labels.get(Label.ENTRANCE), e.toSingleLine())));
        for (TransitAccess transit : venue.transit()) {
            lines.add(labels.transit(transit));
        }
        if (!lines.isEmpty()) {
            out.property("DESCRIPTION").text(String.join("\n", lines));
        }
        if (venue.url().isPresent()) {
            out.property("URL").value(venue.url().get().toASCIIString());
        }
        out.end("VLOCATION");
    }

    /**
     * JSON bytes with DEL (U+007F) and the C1 controls (U+0080–U+009F) written as JSON escapes
     * ({@code \u007F}): JSON allows them raw, RFC 5545 TEXT does not allow DEL, and strict parsers
     * refuse C1. The JSON reads back to the same string.
     */
    private static final class ControlEscapes extends FilterOutputStream {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        /** A 0xC2 lead byte held back until the next byte says whether it starts a C1 control. */
        private boolean pendingC2;

        ControlEscapes(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            b &= 0xFF;
            if (pendingC2) {
                pendingC2 = false;
                if (b >= 0x80 && b <= 0x9F) {
                    escape(b);
                    return;
                }
                out.write(0xC2);
            }
            if (b == 0x7F) {
                escape(b);
            } else if (b == 0xC2) {
                pendingC2 = true;
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void flush() {
            // Nothing to flush before the line ends: the content-line writer buffers until close.
        }

        @Override
        public void close() throws IOException {
            if (pendingC2) {
                out.write(0xC2);
            }
            out.close();
        }

        private void escape(int codePoint) throws IOException {
            out.write('\\');
            out.write('u');
            out.write('0');
            out.write('0');
            out.write(HEX[codePoint >> 4]);
            out.write(HEX[codePoint & 0xF]);
        }
    }
}
