package org.agendum.core.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Person;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;

/**
 * The clean seminar the validation tests start from, and the few parts they add to it. Each test
 * changes one fact with a {@code with...} copy, so that what it finds comes from that fact alone.
 */
final class Seminar {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 6 May 2024: no daylight-saving transition near it. */
    static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    static final Venue HOTEL_DE_VILLE = Venue.builder().name("Hôtel de Ville").room("Salon Jean Zay").build();

    static final Person ANA = Person.builder().id("ana-perez").honorific("Dra.").name("Ana Pérez")
            .email("ana.perez@montevideo.gub.uy").build();
    static final Person BRUNO = Person.builder().id("bruno-diaz").name("Bruno Díaz").phone("+598 2915 0000").build();
    static final Person CARLA = Person.builder().id("carla-ruiz").name("Carla Ruiz").build();

    private Seminar() {}

    /**
     * An in-person seminar in Paris on 6 May 2024 from 09:00 to 12:00, with a venue and no agenda:
     * the standard validator finds nothing in it.
     */
    static Event event() {
        return Event.builder()
                .id("seminaire-2024")
                .title("Séminaire de l'action internationale")
                .zone(PARIS)
                .start(DAY.atTime(9, 0))
                .end(DAY.atTime(12, 0))
                .venue(HOTEL_DE_VILLE)
                .build();
    }

    /** The seminar with an agenda. */
    static Event event(Agenda agenda) {
        return event().withAgenda(agenda);
    }

    /** A wall-clock time. */
    static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    /** A talk in a slot on the day its parent starts, to use as a child block. */
    static AgendaBlock talk(String id, LocalTime start, LocalTime end) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK).title(id).timing(Timing.slot(start, end)).build();
    }

    /** A talk lasting some minutes, to use as a child block. */
    static AgendaBlock talk(String id, long minutes) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK).title(id).timing(Timing.minutes(minutes)).build();
    }
}
