package org.agendum.core.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.OnlineLocation;

/** Where to join online, as the event's facts and a block's details print it: the same words for both. */
final class OnlineText {

    private OnlineText() {}

    /** Adds "Online: Zoom, https://…, Meeting ID: …" and the dial-in numbers, when there is something to say. */
    static void add(OnlineLocation online, ProgrammeLabels labels, List<ProgrammeItem> items) {
        List<String> parts = new ArrayList<>();
        online.platform().ifPresent(parts::add);
        online.url().map(URI::toString).ifPresent(parts::add);
        if (online.linkSentAfterRegistration()) {
            parts.add(labels.get(Label.LINK_AFTER_REGISTRATION));
        }
        online.meetingId().ifPresent(id -> parts.add(labels.labelled(labels.get(Label.MEETING_ID), id)));
        online.passcode().ifPresent(code -> parts.add(labels.labelled(labels.get(Label.PASSCODE), code)));
        if (!parts.isEmpty()) {
            items.add(ProgrammeItem.of(Label.ONLINE, labels.get(Label.ONLINE), String.join(", ", parts)));
        }
        // "+54 341 512 2188 (Argentina, PIN: 812 3456 7890#)", one per number.
        List<String> numbers = new ArrayList<>();
        for (DialIn dialIn : online.dialIns()) {
            List<String> about = new ArrayList<>();
            dialIn.label().ifPresent(about::add);
            dialIn.pin().ifPresent(pin -> about.add(labels.labelled(labels.get(Label.PIN), pin)));
            numbers.add(dialIn.number() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
        }
        if (!numbers.isEmpty()) {
            items.add(ProgrammeItem.of(Label.DIAL_IN, labels.get(Label.DIAL_IN), numbers));
        }
    }
}
