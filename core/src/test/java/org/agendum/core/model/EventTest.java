package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDateTime START = LocalDateTime.of(2021, 6, 11, 13, 0);

    private static final Organization MERCOCIUDADES = Organization.of("mercociudades", "Mercociudades");
    private static final Person PETRANTONIO = Person.builder().id("marcela-petrantonio").honorific("Lic. Mag.")
            .name("Marcela Petrantonio").addPosition(Position.of("Secretaria Ejecutiva", MERCOCIUDADES)).build();

    @Test
    void defaults_areScheduledInPersonWithAnEmptyAgenda() {
        Event event = minimal().build();

        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.IN_PERSON);
        assertThat(event.agenda()).isEqualTo(Agenda.empty());
        assertThat(event.agenda().isEmpty()).isTrue();
        assertThat(event.agenda().status()).isEqualTo(AgendaStatus.CONFIRMED);
        assertThat(event.end()).isEmpty();
        assertThat(event.maximumDuration()).isEmpty();
        assertThat(event.kind()).isEmpty();
        assertThat(event.venue()).isEmpty();
        assertThat(event.registration()).isEmpty();
        assertThat(event.topics()).isEmpty();
        assertThat(event.organizers()).isEmpty();
        assertThat(event.displayZones()).isEmpty();
    }

    @Test
    void attributes_areKeptAsGiven() {
        Registration registration = Registration.builder().required(true)
                .url(URI.create("https://mercociudades.org/inscripcion"))
                .capacity(Capacity.limited())
                .deadline(Deadline.before(LocalDate.of(2021, 6, 9), MONTEVIDEO)
                        .withWording("antes del próximo 9 de junio de 2021"))
                .build();
        Event event = minimal()
                .kind(EventKind.WEBINAR)
                .status(EventStatus.PROVISIONAL)
                .attendanceMode(AttendanceMode.ONLINE)
                .maximumDuration(Duration.ofMinutes(90))
                .addLanguage("es")
                .addTopics("Cooperación", "Desarrollo local")
                .addOrganizer(MERCOCIUDADES)
                .addContact(Contact.of(PETRANTONIO).withRole("Inscripciones"))
                .onlineLocation(OnlineLocation.builder().platform("Zoom").linkSentAfterRegistration(true).build())
                .registration(registration)
                .build();

        assertThat(event.kind()).hasValue(EventKind.WEBINAR);
        assertThat(event.status()).isEqualTo(EventStatus.PROVISIONAL);
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(event.maximumDuration()).hasValue(Duration.ofMinutes(90));
        assertThat(event.topics()).containsExactly("Cooperación", "Desarrollo local");
        assertThat(event.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.party()).isEqualTo(PETRANTONIO);
            assertThat(contact.role()).hasValue("Inscripciones");
        });
        assertThat(event.registration().flatMap(Registration::deadline).map(Deadline::lastDay))
                .hasValue(LocalDate.of(2021, 6, 8));
        assertThat(event.onlineLocation().map(OnlineLocation::linkSentAfterRegistration)).hasValue(true);
    }

    @Test
    void labelOf_returnsTheDisplayZoneLabel() {
        Event event = minimal()
                .addDisplayZone(DisplayZone.of(MONTEVIDEO, "Uruguay"))
                .addDisplayZone(DisplayZone.of(MEXICO, "México"))
                .build();

        assertThat(event.labelOf(MEXICO)).hasValue("México");
        assertThat(event.labelOf(ZoneId.of("America/Montevideo"))).hasValue("Uruguay");
        assertThat(event.labelOf(PARIS)).isEmpty();
        assertThat(event.displayZones()).extracting(DisplayZone::zone).containsExactly(MONTEVIDEO, MEXICO);
        assertThatThrownBy(() -> event.labelOf(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    }

    @Test
    void datesOutsideTheYears1To9999_areRejected() {
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/start",
                () -> minimal().build().withStart(LocalDateTime.of(10_000, 1, 1, 9, 0)));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/date",
                () -> Timing.slot(LocalDate.of(0, 12, 31), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0)));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/dateTime",
                () -> Deadline.at(LocalDateTime.of(-1, 1, 1, 0, 0), java.time.ZoneOffset.UTC));
    }

    @Test
    void anAgendaThatWouldRunPastTheLastYear_isRejected() {
        Event nearTheEnd = minimal().build().withStart(LocalDateTime.of(9999, 12, 31, 20, 0));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/agenda",
                () -> nearTheEnd.withAgenda(Agenda.of(AgendaBlock.builder().id("long").kind(BlockKind.OTHER)
                        .title("Larga").timing(Timing.duration(Duration.ofDays(2))).build())));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/agenda",
                () -> nearTheEnd.withAgenda(Agenda.of(
                        AgendaBlock.builder().id("a").kind(BlockKind.OTHER).title("A")
                                .timing(Timing.duration(Duration.ofSeconds(Long.MAX_VALUE))).build(),
                        AgendaBlock.builder().id("b").kind(BlockKind.OTHER).title("B")
                                .timing(Timing.duration(Duration.ofSeconds(Long.MAX_VALUE))).build())));
    }

    @Test
    void maximumDuration_thatRunsOffTheTimeLine_isRejected() {
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/maximumDuration",
                () -> minimal().build().withStart(LocalDateTime.of(9999, 12, 30, 9, 0)).withMaximumDuration(Duration.ofDays(2)));
    }

    @Test
    void equalBuilds_areEqualWithEqualHashCodes() {
        Event one = seminar();
        Event two = seminar();

        assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.toString()).isEqualTo(two.toString());
    }

    @Test
    void withTitle_returnsANewUnequalInstance_andLeavesTheOriginal() {
        Event original = seminar();
        Event renamed = original.withTitle("Seminario virtual (reprogramado)");

        assertThat(renamed).isNotSameAs(original).isNotEqualTo(original);
        assertThat(renamed.title()).isEqualTo("Seminario virtual (reprogramado)");
        assertThat(original.title()).isEqualTo("Alianzas para el desarrollo local");
        assertThat(renamed.withTitle(original.title())).isEqualTo(original);
    }

    @Test
    void lists_areUnmodifiable() {
        Event event = seminar();

        assertThatThrownBy(() -> event.topics().add("Otro")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> event.organizers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> event.agenda().blocks().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> event.agenda().blocks().get(0).participants().add(Participant.speaker(PETRANTONIO)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lists_areCopiedFromTheBuilderInput() {
        List<String> topics = new ArrayList<>(List.of("Cooperación"));
        Event event = minimal().addAllTopics(topics).build();
        topics.add("Otro");

        assertThat(event.topics()).containsExactly("Cooperación");
    }

    @Test
    void sameParty_reusedInTwoBlocks_isOneParty() {
        Person again = Person.builder().id("marcela-petrantonio").honorific("Lic. Mag.").name("Marcela Petrantonio")
                .addPosition(Position.of("Secretaria Ejecutiva", Organization.of("mercociudades", "Mercociudades")))
                .build();
        Event event = minimal()
                .addOrganizer(MERCOCIUDADES)
                .agenda(Agenda.of(talk("a", Participant.speaker(PETRANTONIO)), talk("b", Participant.panelist(again))))
                .build();

        assertThat(event.agenda().blocks()).hasSize(2);
    }

    @Test
    void twoDifferentPersonsWithOneId_inTwoBlocks_conflict() {
        Person perez = Person.of("perez", "Juan Pérez");
        Person otherPerez = Person.of("perez", "Ana Pérez");

        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/agenda/blocks/1/participants/0/party/id", () -> minimal()
                .agenda(Agenda.of(talk("a", Participant.speaker(perez)), talk("b", Participant.speaker(otherPerez))))
                .build());
    }

    @Test
    void conflicts_areFoundAmongModeratorsAndContacts() {
        Person perez = Person.of("perez", "Juan Pérez");
        AgendaBlock moderated = talk("a").withModerators(Moderator.moderator(Organization.of("perez", "Pérez SA")));

        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/agenda/blocks/0/moderators/0/party/id",
                () -> minimal().addContact(Contact.of(perez)).agenda(Agenda.of(moderated)).build());
        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/contacts/0/party/id",
                () -> minimal().addOrganizer(perez).addContact(Contact.of(perez.withName("J. Pérez"))).build());
    }

    @Test
    void conflicts_areFoundThroughNestedAffiliations() {
        Organization unam = Organization.builder().id("unam").name("Universidad Nacional Autónoma de México")
                .acronym("UNAM").build();
        Organization otherUnam = Organization.of("unam", "UNAM");
        Person professor = Person.builder().id("profesora").name("Profesora")
                .addPosition(Position.of("Académica", otherUnam)).build();

        assertViolates(Invariant.CONFLICTING_PARTY_ID,
                "/agenda/blocks/0/participants/0/party/positions/0/organization/id",
                () -> minimal().addOrganizer(unam).agenda(Agenda.of(talk("a", Participant.speaker(professor)))).build());
    }

    @Test
    void conflicts_areFoundThroughParentOrganizations() {
        Organization unam = Organization.of("unam", "Universidad Nacional Autónoma de México");
        Organization acatlan = Organization.builder().id("fes-acatlan").name("FES Acatlán")
                .parent(Organization.of("unam", "UNAM (otra)")).build();

        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/partners/0/parent/id",
                () -> minimal().addOrganizer(unam).addPartner(acatlan).build());

        Event consistent = minimal().addOrganizer(unam).addPartner(acatlan.withParent(unam)).build();
        assertThat(consistent.partners()).singleElement()
                .satisfies(p -> assertThat(((Organization) p).parent()).hasValue(unam));
    }

    @Test
    void withCopies_rerunThePartyCheck() {
        Event event = minimal().addOrganizer(Person.of("perez", "Juan Pérez")).build();

        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/agenda/blocks/0/participants/0/party/id",
                () -> event.withAgenda(Agenda.of(talk("a", Participant.speaker(Person.of("perez", "Ana Pérez"))))));
    }

    private static Event.Builder minimal() {
        return Event.builder().id("seminario-2021").title("Alianzas para el desarrollo local").zone(MONTEVIDEO)
                .start(START);
    }

    private static Event seminar() {
        return minimal()
                .addTopic("Cooperación")
                .addOrganizer(MERCOCIUDADES)
                .maximumDuration(Duration.ofMinutes(90))
                .addDisplayZone(DisplayZone.of(MEXICO, "México"))
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración").speakers(PETRANTONIO)
                        .block(Duration.ofMinutes(75), BlockKind.PANEL, "Panel").label("Panel 1")
                        .toAgenda())
                .build();
    }

    private static AgendaBlock talk(String id, Participant... participants) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK).title("Charla " + id).timing(Timing.minutes(30))
                .addParticipants(participants).build();
    }
}
