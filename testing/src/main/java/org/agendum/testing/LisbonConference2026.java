package org.agendum.testing;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;

/**
 * The invented conference "Cidades em Movimento" of 23&ndash;25 October 2026 in Lisbon, as {@link
 * ExampleEvents#lisbonConference2026()} documents it.
 */
final class LisbonConference2026 {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private LisbonConference2026() {}

    static Event event() {
        Organization network = Organization.builder()
                .id("rede-cidades-em-movimento").name("Rede Cidades em Movimento").acronym("RCM")
                .city("Lisboa").country("PT").url(URI.create("https://cidades-em-movimento.example.org"))
                .build();
        Organization university = Organization.builder()
                .id("instituto-tecnico-tejo").name("Instituto Técnico do Tejo").city("Lisboa").country("PT").build();
        Organization transitAgency = Organization.builder()
                .id("metro-norte").name("Metro Norte").city("Porto").country("PT").build();

        Person ines = person("ines-carvalho", "Inês Carvalho", "Programme chair", network, "Lisboa", "PT");
        Person tomas = person("tomas-ferreira", "Tomás Ferreira", "Head of events", network, "Lisboa", "PT")
                .withEmail("eventos@cidades-em-movimento.example.org").withPhone("+351 21 000 0142");
        Person amara = person("amara-okafor", "Amara Okafor", "Director of Urban Planning", null, "Lagos", "NG");
        Person hanna = person("hanna-lindqvist", "Hanna Lindqvist", "Professor of Transport Economics", university,
                "Lisboa", "SE");
        Person rui = person("rui-almeida", "Rui Almeida", "Chief Data Officer", transitAgency, "Porto", "PT");
        Person lucia = person("lucia-moreno", "Lucía Moreno", "Researcher", university, "Lisboa", "ES");
        Person jonas = person("jonas-weber", "Jonas Weber", "Software engineer", null, "Berlin", "DE");
        Person marta = person("marta-sousa", "Marta Sousa", "Councillor for Mobility", null, "Braga", "PT");
        Person david = person("david-kim", "David Kim", "Urban designer", null, "Seoul", "KR");
        Person claire = person("claire-dubois", "Claire Dubois", "Cycling advocate", null, "Lyon", "FR");
        Person paulo = person("paulo-nunes", "Paulo Nunes", "Journalist", null, "Lisboa", "PT");

        Room auditorium = Room.builder().id("auditorio-tejo").name("Auditório Tejo").capacity(400)
                .floor("Ground floor")
                .accessibility("Step-free access from the main entrance; induction loop").build();
        Room alfama = Room.builder().id("sala-alfama").name("Sala Alfama").capacity(120).floor("First floor").build();
        Room belem = Room.builder().id("sala-belem").name("Sala Belém").capacity(80).floor("First floor").build();
        Room estrela = Room.builder().id("sala-estrela").name("Sala Estrela").capacity(30).floor("Second floor")
                .build();
        Room foyer = Room.builder().id("foyer").name("Foyer").floor("Ground floor").build();
        Track policy = Track.builder().id("policy").name("Policy and planning").color("#1F77B4")
                .description("How cities decide, fund and plan mobility").build();
        Track data = Track.builder().id("data").name("Data and technology").color("#FF7F0E")
                .description("Open data, software and operations").build();

        Venue restaurant = Venue.builder().name("Restaurante O Miradouro")
                .address(inLisbon("Largo das Portas do Sol 7", "1100-411")).build();

        LocalDate friday = LocalDate.of(2026, 10, 23);
        LocalDate saturday = friday.plusDays(1);
        LocalDate sunday = friday.plusDays(2);

        Agenda agenda = Agenda.compose()
                .block(friday, LocalTime.of(8, 30), LocalTime.of(9, 30), BlockKind.REGISTRATION,
                        "Registration and coffee")
                    .room(foyer.id())
                .block(LocalTime.of(9, 30), LocalTime.of(10, 0), BlockKind.OPENING, "Opening")
                    .room(auditorium.id()).speakers(ines).localizations(Localization.title("pt", "Abertura"))
                .block(LocalTime.of(10, 0), LocalTime.of(11, 0), BlockKind.KEYNOTE, "Streets for people")
                    .id("keynote-okafor").room(auditorium.id()).overflowRooms(alfama.id())
                    .participants(Participant.of(amara, ParticipantRole.KEYNOTE_SPEAKER))
                    .localizations(Localization.title("pt", "Ruas para as pessoas"))
                    .interpretations(Interpretation.builder().language("pt").sourceLanguage("en").channel("Canal 2")
                            .build())
                .block(LocalTime.of(11, 0), LocalTime.of(11, 30), BlockKind.BREAK, "Coffee break").room(foyer.id())
                .block(LocalTime.of(11, 30), LocalTime.of(13, 0), BlockKind.PANEL, "Who pays for public transport?")
                    .room(alfama.id()).track(policy.id())
                    .moderators(Moderator.moderator(paulo)).panelists(hanna, marta)
                .block(LocalTime.of(11, 30), LocalTime.of(13, 0), BlockKind.TALK, "Open data for real-time transit")
                    .room(belem.id()).track(data.id()).speakers(rui)
                .block(LocalTime.of(13, 0), LocalTime.of(14, 30), BlockKind.MEAL, "Lunch").room(foyer.id())
                .block(LocalTime.of(14, 30), LocalTime.of(16, 0), BlockKind.TALK, "Fifteen-minute neighbourhoods")
                    .room(alfama.id()).track(policy.id()).speakers(david)
                .block(LocalTime.of(14, 30), LocalTime.of(16, 0), BlockKind.WORKSHOP,
                        "Hands-on: timetables as open data")
                    .id("workshop-gtfs").room(estrela.id()).track(data.id()).moderators(Moderator.facilitator(jonas))
                    .description("Bring a laptop: we publish a small bus network's timetable as GTFS and check it.")
                    .registration(Registration.builder()
                            .required(true)
                            .url(URI.create("https://cidades-em-movimento.example.org/2026/workshop"))
                            .capacity(Capacity.ofSeats(25))
                            .deadline(Deadline.at(LocalDateTime.of(2026, 10, 21, 18, 0), LISBON)
                                    .withBlockId("workshop-gtfs").withWording("sign up by Wednesday 21 October, 18:00"))
                            .build())
                .block(LocalTime.of(16, 0), LocalTime.of(16, 30), BlockKind.BREAK, "Coffee break").room(foyer.id())
                .block(LocalTime.of(16, 30), LocalTime.of(18, 0), BlockKind.TALK, "Cycling cities after the pandemic")
                    .room(alfama.id()).track(policy.id()).speakers(claire)
                .block(LocalTime.of(16, 30), LocalTime.of(18, 0), BlockKind.PANEL, "Predicting crowding with sensors")
                    .room(belem.id()).track(data.id()).moderators(Moderator.moderator(lucia)).panelists(rui, jonas)
                .block(saturday, LocalTime.of(9, 30), LocalTime.of(10, 30), BlockKind.KEYNOTE, "The price of a street")
                    .id("keynote-lindqvist").room(auditorium.id())
                    .participants(Participant.of(hanna, ParticipantRole.KEYNOTE_SPEAKER))
                .block(LocalTime.of(10, 30), LocalTime.of(11, 0), BlockKind.BREAK, "Coffee break").room(foyer.id())
                .block(LocalTime.of(11, 0), LocalTime.of(12, 30), BlockKind.TALK, "Parking reform in small cities")
                    .id("talk-parking").room(alfama.id()).track(policy.id()).speakers(marta)
                    .status(BlockStatus.CANCELLED, "Cancelled: the speaker cannot travel. Her slides will be online.")
                .block(LocalTime.of(11, 0), LocalTime.of(12, 30), BlockKind.TALK, "Ticketing without tickets")
                    .room(belem.id()).track(data.id()).speakers(lucia)
                .block(LocalTime.of(12, 30), LocalTime.of(14, 0), BlockKind.MEAL, "Lunch").room(foyer.id())
                .block(LocalTime.of(14, 0), LocalTime.of(15, 30), BlockKind.PANEL, "Night buses and shift workers")
                    .room(alfama.id()).track(policy.id())
                    .moderators(Moderator.moderator(ines))
                    .participants(Participant.panelist(amara).withRemote(true), Participant.panelist(claire))
                    .localizations(Localization.title("pt", "Autocarros noturnos e trabalho por turnos"))
                .block(LocalTime.of(14, 0), LocalTime.of(15, 30), BlockKind.TALK, "Digital twins of a tram line")
                    .id("talk-digital-twins").room(belem.id()).track(data.id()).speakers(david)
                    .status(BlockStatus.RESCHEDULED, "Moved from Sunday morning: the speaker flies home on Sunday.")
                    .rescheduledFrom(LocalDateTime.of(sunday, LocalTime.of(10, 30)))
                .block(LocalTime.of(15, 30), LocalTime.of(16, 0), BlockKind.BREAK, "Coffee break").room(foyer.id())
                .block(LocalTime.of(16, 0), LocalTime.of(17, 30), BlockKind.DISCUSSION, "Open floor: what we take home")
                    .room(auditorium.id()).moderators(Moderator.moderator(paulo))
                .block(LocalTime.of(17, 30), LocalTime.of(20, 0), BlockKind.NETWORKING,
                        "Guided walk through Alfama to the dinner")
                    .notes("Meet at the main entrance; the walk is about 3 km, mostly uphill.")
                .blockToNextDay(LocalTime.of(20, 0), LocalTime.of(0, 30), BlockKind.MEAL, "Conference dinner")
                    .id("dinner").venue(restaurant).localizations(Localization.title("pt", "Jantar da conferência"))
                .block(sunday, LocalTime.of(9, 30), LocalTime.of(10, 30), BlockKind.TALK,
                        "Lessons from Bogotá's TransMilenio")
                    .room(auditorium.id()).speakers(lucia)
                .block(LocalTime.of(10, 30), LocalTime.of(12, 0), BlockKind.TALK, "Car-free school streets")
                    .room(alfama.id()).track(policy.id()).speakers(claire)
                .block(LocalTime.of(10, 30), LocalTime.of(12, 0), BlockKind.TALK, "Routing apps and public interest")
                    .room(belem.id()).track(data.id()).speakers(jonas)
                .block(LocalTime.of(12, 0), LocalTime.of(12, 30), BlockKind.CLOSING, "Closing and next steps")
                    .room(auditorium.id()).speakers(ines)
                    .localizations(Localization.title("pt", "Encerramento e próximos passos"))
                .toAgenda();

        return Event.builder()
                .id("lisbon-conference-2026")
                .kind(EventKind.CONFERENCE)
                .title("Cidades em Movimento 2026")
                .subtitle("Conference on urban mobility")
                .description("Three days of talks, panels and a workshop on how cities move people: "
                        + "policy and planning in one track, data and technology in the other.")
                .addTopics("public transport", "cycling", "open data")
                .addLanguages("en", "pt")
                .attendanceMode(AttendanceMode.MIXED)
                .revision(2)
                .addOrganizers(network)
                .addPartners(university)
                .addContacts(Contact.of(tomas).withRole("Registration and logistics"))
                .venue(Venue.builder().name("Centro de Congressos do Cais")
                        .address(inLisbon("Avenida da Ribeira das Naus 20", "1100-038")).build())
                .addRooms(auditorium, alfama, belem, estrela, foyer)
                .addTracks(policy, data)
                .onlineLocation(OnlineLocation.builder()
                        .url(URI.create("https://stream.cidades-em-movimento.example.org/2026"))
                        .platform("Livestream").build())
                .registration(Registration.builder()
                        .required(true)
                        .url(URI.create("https://cidades-em-movimento.example.org/2026/register"))
                        .capacity(Capacity.ofSeats(400))
                        .deadline(Deadline.until(LocalDate.of(2026, 10, 16), LISBON).withWording("until 16 October"))
                        .build())
                .zone(LISBON)
                .start(LocalDateTime.of(friday, LocalTime.of(8, 30)))
                .end(LocalDateTime.of(sunday, LocalTime.of(12, 30)))
                .agenda(agenda)
                .build();
    }

    private static Person person(String id, String name, String position, Organization at, String city,
            String country) {
        return Person.builder().id(id).name(name)
                .addPositions(at == null ? Position.of(position) : Position.of(position, at))
                .city(city).country(country).build();
    }

    private static PostalAddress inLisbon(String street, String postalCode) {
        return PostalAddress.builder().street(street).postalCode(postalCode).locality("Lisboa").country("PT").build();
    }
}
