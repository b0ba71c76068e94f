package org.agendum.testing;

import java.util.List;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Registration;

/**
 * The online-access rules as docs/RULES.md states them, block by block, written apart from the
 * library's checks: walks the agenda from the event down, carrying what the enclosing block or the
 * event says.
 */
final class HybridOracle {

    private boolean anyOnline;
    private boolean everyOnlineHasABlockLocation = true;

    private HybridOracle() {}

    /** Adds ONLINE_ACCESS_MISSING, ONLINE_ACCESS_PLATFORM_ONLY and BLOCK_ONLINE_ACCESS_MISSING as they apply. */
    static void addCodes(Event event, Set<String> codes) {
        boolean registrationUrl = event.registration().flatMap(Registration::url).isPresent();
        HybridOracle walk = new HybridOracle();
        walk.blocks(event.agenda().blocks(), event.attendanceMode(), false, false, event, registrationUrl, codes);
        AttendanceMode mode = event.attendanceMode();
        if (mode != AttendanceMode.IN_PERSON && event.onlineLocation().isEmpty() && !registrationUrl
                && !(walk.anyOnline && walk.everyOnlineHasABlockLocation)) {
            codes.add("ONLINE_ACCESS_MISSING");
        }
        if (mode != AttendanceMode.IN_PERSON && !registrationUrl
                && event.onlineLocation().filter(HybridOracle::platformOnly).isPresent()) {
            codes.add("ONLINE_ACCESS_PLATFORM_ONLY");
        }
    }

    private void blocks(List<AgendaBlock> blocks, AttendanceMode enclosing, boolean enclosingLocation,
            boolean enclosingWithdrawn, Event event, boolean registrationUrl, Set<String> codes) {
        for (AgendaBlock block : blocks) {
            // A cancelled or postponed block, and what it holds, is joined by nobody.
            boolean withdrawn = enclosingWithdrawn || block.status() == BlockStatus.CANCELLED
                    || block.status() == BlockStatus.POSTPONED;
            AttendanceMode mode = block.attendanceMode().orElse(enclosing);
            boolean location = enclosingLocation || block.onlineLocation().isPresent();
            if (mode != AttendanceMode.IN_PERSON) {
                anyOnline = true;
                everyOnlineHasABlockLocation &= location;
                if (!registrationUrl && block.onlineLocation().filter(HybridOracle::platformOnly).isPresent()) {
                    codes.add("ONLINE_ACCESS_PLATFORM_ONLY");
                }
            }
            if (block.attendanceMode().isPresent() && mode != AttendanceMode.IN_PERSON
                    && enclosing == AttendanceMode.IN_PERSON && !location && event.onlineLocation().isEmpty()
                    && !registrationUrl && !withdrawn) {
                codes.add("BLOCK_ONLINE_ACCESS_MISSING");
            }
            blocks(block.children(), mode, location, withdrawn, event, registrationUrl, codes);
        }
    }

    private static boolean platformOnly(OnlineLocation location) {
        return location.platform().isPresent() && location.url().isEmpty() && !location.linkSentAfterRegistration()
                && location.meetingId().isEmpty() && location.dialIns().isEmpty();
    }
}
