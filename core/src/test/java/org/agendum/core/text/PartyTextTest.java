package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.junit.jupiter.api.Test;

class PartyTextTest {

    private static final Organization UNAM = Organization.builder().id("unam")
            .name("Universidad Nacional Autónoma de México").acronym("UNAM").country("MX")
            .address(PostalAddress.builder().street("Av. Universidad 3000").postalCode("04510").locality("Ciudad de México")
                    .country("MX").build())
            .build();
    private static final Organization FES = Organization.builder().id("fes").name("FES Acatlán").parent(UNAM).build();

    @Test
    void aPerson_isNameWithHonorific_thenEachPositionWithItsOrganizations_thenPlace() {
        Person person = Person.builder().id("m").honorific("Dr.").name("Manuel Martínez Justo")
                .addPosition(Position.of("Director", FES)).addPosition(Position.of("Profesor"))
                .city("Naucalpan").country("MX").build();

        assertThat(PartyText.party(person)).isEqualTo("Dr. Manuel Martínez Justo, Director, FES Acatlán, Universidad "
                + "Nacional Autónoma de México (UNAM); Profesor (Naucalpan, MX)");
    }

    @Test
    void aCityAlreadyNamedByAnOrganization_isNotRepeated() {
        Organization guadalajara = Organization.builder().id("g").name("Guadalajara").city("Guadalajara").country("MX")
                .build();
        Person person = Person.builder().id("p").name("María").addPosition(Position.at(guadalajara))
                .city("Guadalajara").country("MX").build();

        assertThat(PartyText.party(guadalajara)).isEqualTo("Guadalajara (MX)");
        assertThat(PartyText.party(person)).isEqualTo("María, Guadalajara (MX)");
        assertThat(PartyText.party(FES)).isEqualTo("FES Acatlán, Universidad Nacional Autónoma de México (UNAM)");
    }

    @Test
    void aContact_hasItsRoleTheAddressOfItsOrganizationOrOneAboveAndEveryChannel() {
        Person person = Person.builder().id("p").name("Ana").addPosition(Position.at(FES)).country("MX")
                .email("ana@example.org").phone("+52 55 0000 0000").url(URI.create("https://example.org/ana")).build();

        assertThat(PartyText.contact(Contact.of(person).withRole("Prensa"))).isEqualTo("Prensa — Ana, FES Acatlán, "
                + "Universidad Nacional Autónoma de México (UNAM), Av. Universidad 3000, 04510 Ciudad de México, MX, "
                + "ana@example.org, +52 55 0000 0000, https://example.org/ana");
        assertThat(PartyText.contact(Contact.of(UNAM))).isEqualTo("Universidad Nacional Autónoma de México (UNAM), "
                + "Av. Universidad 3000, 04510 Ciudad de México, MX");
        assertThat(PartyText.contact(Contact.of(Person.of("x", "Xavier")))).isEqualTo("Xavier");
    }

    @Test
    void theLongestParentChainTheModelAllows_isWalkedWithoutRecursion() {
        Organization organization = Organization.of("o0", "O0");
        for (int i = 1; i <= Organization.MAX_PARENT_DEPTH; i++) {
            organization = Organization.builder().id("o" + i).name("O" + i).parent(organization).build();
        }

        assertThat(PartyText.organization(organization)).startsWith("O32, O31, ").endsWith(", O1, O0");
    }
}
