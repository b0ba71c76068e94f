package org.agendum.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;

/**
 * Draws where and how one event of {@link EventDraw} is attended: its attendance mode, venue,
 * online location, registration and deadlines, consistent with each other. Shares the event's
 * {@link Dice}, so the order of its draws is part of what a seed means.
 */
final class PlaceDraw {
    private final Dice dice;
    private final ZoneId zone;

    /** A drawer for an event in a zone. */
    PlaceDraw(Dice dice, ZoneId zone) {
        this.dice = dice;
        this.zone = zone;
    }

    /** Attendance mode, venue, online location and registration, consistent with each other. */
    void place(Event.Builder event, ZonedDateTime start) {
        AttendanceMode mode = dice.pick(AttendanceMode.values());
        event.attendanceMode(mode);
        boolean inPerson = mode != AttendanceMode.ONLINE;
        boolean online = mode != AttendanceMode.IN_PERSON;
        if (inPerson || dice.chance(0.1)) {
            event.venue(venue());
        }
        boolean hasOnlineLocation = online ? dice.chance(0.8) : dice.chance(0.05);
        if (hasOnlineLocation) {
            event.onlineLocation(onlineLocation());
        }
        boolean needsRegistrationUrl = online && !hasOnlineLocation;
        if (needsRegistrationUrl || dice.chance(0.6)) {
            Registration.Builder registration = Registration.builder().required(dice.chance(0.5));
            if (needsRegistrationUrl || dice.chance(0.7)) {
                registration.url(SampleText.url(dice));
            }
            if (dice.chance(0.5)) {
                registration.capacity(dice.chance(0.3) ? Capacity.limited() : Capacity.ofSeats(dice.between(1, 500)));
            }
            if (dice.chance(0.6)) {
                registration.deadline(deadline(start));
            }
            dice.maybePick(0.3, SampleText.REGISTRATION_NOTES).ifPresent(registration::notes);
            event.registration(registration.build());
        }
    }

    private Venue venue() {
        Venue.Builder venue = Venue.builder().name(dice.pick(SampleText.VENUES));
        dice.maybePick(0.5, SampleText.ROOMS).ifPresent(venue::room);
        if (dice.chance(0.6)) {
            venue.address(address(dice));
        }
        if (dice.chance(0.15)) {
            venue.entrance(address(dice));
        }
        if (dice.chance(0.4)) {
            venue.geo(GeoPoint.of(Math.round((dice.unit() * 180 - 90) * 1e5) / 1e5,
                    Math.round((dice.unit() * 360 - 180) * 1e5) / 1e5));
        }
        for (int i = dice.below(3); i > 0; i--) {
            String[] lines = dice.some(SampleText.LINES, 2).toArray(new String[0]);
            venue.addTransit(TransitAccess.of(dice.pick(TransitMode.values()), dice.pick(SampleText.STATIONS), lines));
        }
        if (dice.chance(0.3)) {
            venue.url(SampleText.url(dice));
        }
        return venue.build();
    }

    static PostalAddress address(Dice dice) {
        PostalAddress.Builder address = PostalAddress.builder().street(dice.pick(SampleText.STREETS));
        dice.maybePick(0.7, SampleText.POSTAL_CODES).ifPresent(address::postalCode);
        dice.maybePick(0.8, SampleText.CITIES).ifPresent(address::locality);
        dice.maybePick(0.3, SampleText.REGIONS).ifPresent(address::region);
        dice.maybePick(0.7, SampleText.COUNTRIES).ifPresent(address::country);
        return address.build();
    }

    private OnlineLocation onlineLocation() {
        switch (dice.below(4)) {
            case 0:
                return OnlineLocation.of(SampleText.url(dice));
            case 1:
                return OnlineLocation.builder().url(SampleText.url(dice)).platform(dice.pick(SampleText.PLATFORMS)).build();
            case 2:
                return OnlineLocation.builder().platform(dice.pick(SampleText.PLATFORMS)).linkSentAfterRegistration(true).build();
            default:
                return OnlineLocation.builder().linkSentAfterRegistration(true).build();
        }
    }

    /** A deadline whose cutoff is at least two days before the event starts. */
    Deadline deadline(ZonedDateTime eventStart) {
        ZoneId in = dice.chance(0.6) ? zone : dice.pickWithOneDraw(JdkZones.ALL);
        LocalDate date = eventStart.toLocalDate().minusDays(dice.between(3, 60));
        Deadline deadline;
        for (int tries = 0;; tries++) {
            switch (dice.below(3)) {
                case 0: {
                    // Some zones changed their clocks in the daytime, or skipped a whole day.
                    LocalDateTime at = ZoneTransitions.existingOnce(in,
                            date.atTime(9 + dice.below(12), 15 * dice.below(4)));
                    date = at.toLocalDate();
                    deadline = Deadline.at(at, in);
                    break;
                }
                case 1:
                    deadline = Deadline.before(date, in);
                    break;
                default:
                    deadline = Deadline.until(date, in);
                    break;
            }
            if (!deadline.cutoff().isAfter(eventStart.toInstant().minus(Duration.ofDays(2))) || tries > 10) {
                break;
            }
            date = date.minusDays(1);
        }
        return dice.chance(0.3) ? deadline.withWording("antes del " + date + " (\"hora local\")") : deadline;
    }
}
