package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.INVALID_EMAIL;
import static org.agendum.core.validation.StandardRule.INVALID_PHONE;
import static org.agendum.core.validation.StandardRule.INVALID_URL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Venue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules about contact data: e-mail addresses, web addresses and telephone numbers of every
 * party wherever it appears, and the event's own links.
 */
class ContactDataRulesTest {

    private static final URI GOOD = URI.create("https://www.cites-unies-france.org/");

    private static Person medina() {
        return Person.builder().id("f-medina").name("Felicia Medina").build();
    }

    /** Where the JSON format defines a party: its index in {@link Event#parties()}. */
    private static String partyPath(Event event, Person party, String attribute) {
        return "/parties/" + event.parties().indexOf(party) + "/" + attribute;
    }

    private static Event organizedBy(Person person) {
        return event().withOrganizers(person);
    }

    @Nested
    class InvalidEmail {

        @ParameterizedTest
        @ValueSource(strings = {"f.medina@cites-unies-france.org", "josé@bücher.de", "a+b@x.co",
                "ana.perez@montevideo.gub.uy"})
        void wellFormedAddresses_pass(String email) {
            assertFindings(INVALID_EMAIL, organizedBy(medina().withEmail(email))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ana.example.org", "ana@", "ana@localhost", "ana @x.org", "ana@-x.org", "@x.org",
                "ana@x-.org", "ana@x..org", "ana@x.org."})
        void malformedAddresses_areWarnings_atTheEmail(String email) {
            assertFindingsAt(INVALID_EMAIL, WARNING, organizedBy(medina().withEmail(email)), "/parties/0/email");
        }

        @Test
        void anAddressWithANoBreakSpace_isMalformed() {
            assertFindingsAt(INVALID_EMAIL, WARNING, organizedBy(medina().withEmail("ana\u00a0perez@x.org")),
                    "/parties/0/email");
        }

        @Test
        void aPartyInManyBlocks_isReportedOnce_whereItFirstAppears() {
            Person ana = Person.builder().id("ana").honorific("Dra.").name("Ana Pérez").email("ana@localhost").build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(Seminar.BRUNO, ana)
                    .block(t(10, 0), t(11, 0), TALK, "Deuxième exposé").speakers(ana)
                    .block(t(11, 0), t(12, 0), PANEL, "Table ronde").moderators(Moderator.moderator(ana)).panelists(ana)
                    .toAgenda());

            assertFindingsAt(INVALID_EMAIL, WARNING, event, partyPath(event, ana, "email"));
            assertThat(partyPath(event, ana, "email")).isEqualTo("/parties/1/email");
        }

        @Test
        void aContact_comesBeforeTheAgenda() {
            Person ana = Person.builder().id("ana").name("Ana Pérez").email("ana@").build();
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(ana).toAgenda())
                    .withContacts(Contact.of(Seminar.BRUNO), Contact.of(ana));

            assertFindingsAt(INVALID_EMAIL, WARNING, event, "/parties/1/email");
            assertThat(event.parties().get(1)).isEqualTo(ana);
        }

        @Test
        void affiliationsAndParentOrganizations_areChecked_once_whereTheyFirstAppear() {
            Organization unam = Organization.builder().id("unam").name("Universidad Nacional Autónoma de México")
                    .acronym("UNAM").email("contacto@unam").build();
            Organization acatlan = Organization.builder().id("fes-acatlan").name("FES Acatlán").parent(unam)
                    .email("fes acatlan@unam.mx").build();
            Person herrera = Person.builder().id("herrera").name("Luis Herrera")
                    .addPosition(Position.of("Profesor", acatlan)).build();
            Person montoya = Person.builder().id("montoya").name("Rosa Montoya")
                    .addPosition(Position.of("Investigadora", Organization.of("ciesas", "CIESAS")))
                    .addPosition(Position.at(acatlan)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Panel").moderators(Moderator.moderator(montoya)).panelists(herrera)
                    .toAgenda());

            // montoya, CIESAS, FES Acatlán, UNAM, herrera: each organization right after who belongs to it
            assertThat(event.parties()).extracting(p -> p.id())
                    .containsExactly("montoya", "ciesas", "fes-acatlan", "unam", "herrera");
            assertFindingsAt(INVALID_EMAIL, WARNING, event, "/parties/2/email", "/parties/3/email");
        }

        @Test
        void anOrganizersParent_isCheckedUnderTheOrganizer() {
            Organization unam = Organization.builder().id("unam").name("UNAM").email("unam.mx").build();
            Event event = event().withOrganizers(Organization.builder().id("fes").name("FES Acatlán").parent(unam).build());

            assertFindingsAt(INVALID_EMAIL, WARNING, event, "/parties/1/email");
            assertThat(event.parties().get(1)).isEqualTo(unam);
        }
    }

    @Nested
    class InvalidUrl {

        @ParameterizedTest
        @ValueSource(strings = {"https://www.cites-unies-france.org/", "http://x.org", "https://bücher.de/programm",
                "HTTPS://EXAMPLE.ORG/A", "https://x.org:8443/a?b=c#d", "http://[2001:db8::1]/"})
        void httpAndHttpsAddressesWithAHost_pass(String url) {
            assertFindings(INVALID_URL, organizedBy(medina().withUrl(URI.create(url)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ftp://x.org/a", "https:///x", "mailto:a@b.org", "https:x.org", "https://:443/",
                "file:///tmp/programme.pdf", "urn:isbn:9782000000000"})
        void otherAddresses_areWarnings_atTheUrl(String url) {
            assertFindingsAt(INVALID_URL, WARNING, organizedBy(medina().withUrl(URI.create(url))), "/parties/0/url");
        }

        @Test
        void anAddressWithUserInfoButNoHost_isAnError() {
            assertFindingsAt(INVALID_URL, WARNING, organizedBy(medina().withUrl(URI.create("https://user@/programme"))),
                    "/parties/0/url");
        }

        @Test
        void everyPlaceAnAddressCanBe_isChecked() {
            URI ftp = URI.create("ftp://x.org/a");
            Person speaker = medina().withUrl(URI.create("mailto:f.medina@cites-unies-france.org"));
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(speaker).toAgenda())
                    .withLinks(Link.of(GOOD, "Programme"), Link.of(URI.create("https:///programme.pdf")))
                    .withRegistration(Registration.builder().url(ftp).build())
                    .withOnlineLocation(OnlineLocation.of(URI.create("zoommtg://zoom.us/join?confno=812")))
                    .withVenue(Venue.builder().name("Hôtel de Ville").url(URI.create("ftp://paris.fr")).build());

            assertFindingsAt(INVALID_URL, WARNING, event,
                    "/links/1/url", "/onlineLocation/url", "/parties/0/url", "/registration/url", "/venue/url");
        }

        @Test
        void aBlocksLinks_atAnyDepth_areCheckedAtTheirPlaces() {
            AgendaBlock questions = AgendaBlock.builder().id("q").kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Questions")
                    .addLinks(Link.of(GOOD).withKind(LinkKind.FEEDBACK), Link.of(URI.create("ftp://x.org/encuesta")))
                    .build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé")
                        .links(Link.of(URI.create("file:///slides.pdf"), "Diapositives").withKind(LinkKind.SLIDES))
                    .block(t(10, 0), t(11, 0), PANEL, "Table ronde")
                        .links(Link.of(GOOD).withKind(LinkKind.RECORDING))
                        .child(questions)
                    .toAgenda());

            assertFindingsAt(INVALID_URL, WARNING, event, "/agenda/blocks/0/links/0/url",
                    "/agenda/blocks/1/children/0/links/1/url");
            assertFindings(INVALID_URL, event.withAgenda(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé").links(Link.of(GOOD, "Diapositives"))
                    .toAgenda())).isEmpty();
        }

        @Test
        void goodAddressesEverywhere_pass() {
            Event event = organizedBy(medina().withUrl(GOOD))
                    .withLinks(Link.of(GOOD))
                    .withRegistration(Registration.builder().url(GOOD).build())
                    .withOnlineLocation(OnlineLocation.of(URI.create("https://zoom.us/j/812")))
                    .withVenue(Venue.builder().name("Hôtel de Ville").url(URI.create("https://www.paris.fr")).build());

            assertFindings(INVALID_URL, event).isEmpty();
        }

        @Test
        void aPartysAddress_isReportedOnce_whereItFirstAppears() {
            Organization org = Organization.builder().id("cuf").name("Cités Unies France")
                    .url(URI.create("ftp://cites-unies-france.org")).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(org)
                    .block(t(10, 0), t(11, 0), TALK, "Exposé bis").speakers(org)
                    .toAgenda())
                    .withPartners(org);

            assertFindingsAt(INVALID_URL, WARNING, event, "/parties/0/url");
        }
    }

    @Nested
    class InvalidPhone {

        @ParameterizedTest
        @ValueSource(strings = {"+33 (0)1 53 41 81 92", "+598 2915 0000", "(02) 9876-5432", "01.53.41.81.92",
                "12 34 56", "+1 234 567 890 123 456 7", "+49 30 1234567 ext. 12", "+49 30 1234567 ext 12",
                "+1 (555) 123-4567 x89", "+1 555 123 4567, ext. 890", "+33 1 53 41 81 92 poste 12",
                "+44 20 7946 0958 #204", "+1 555 123 4567 Extension 12"})
        void printedNumbers_pass(String phone) {
            assertFindings(INVALID_PHONE, organizedBy(medina().withPhone(phone))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "+33 1 2+3 45 67", "call me", "+1 234 567 890 123 456 78", "33+ 1 53 41 81 92",
                "12345 ext. 678", "+49 30 1234567 ext.", "+49 30 1234567 ext. 1234567", "+49 30 1234567 ext. 12 ext. 3",
                "ext. 12", "+49 30 1234567 apt 12"})
        void malformedNumbers_areWarnings_atThePhone(String phone) {
            assertFindingsAt(INVALID_PHONE, WARNING, organizedBy(medina().withPhone(phone)), "/parties/0/phone");
        }

        @Test
        void aContactsPhone_isReportedAtTheContactsParty_once() {
            Person bruno = Seminar.BRUNO.withPhone("2915");
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(bruno).toAgenda())
                    .withContacts(Contact.of(bruno));

            assertFindingsAt(INVALID_PHONE, WARNING, event, "/parties/0/phone");
        }
    }
}
