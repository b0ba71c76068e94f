package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.agendum.core.model.Violations.withDefaultLocale;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Person} and {@link Organization}. */
class PartyTest {

    private static final Organization MERCOCIUDADES = Organization.of("mercociudades", "Mercociudades");
    private static final Organization UNAM = Organization.builder().id("unam")
            .name("Universidad Nacional Autónoma de México").acronym("UNAM").country("MX").build();

    @Test
    void displayName_ofAPerson_startsWithTheHonorificAsPrinted() {
        Person petrantonio = Person.builder().id("marcela-petrantonio").honorific("Lic. Mag.")
                .name("Marcela Petrantonio").build();

        assertThat(petrantonio.displayName()).isEqualTo("Lic. Mag. Marcela Petrantonio");
        assertThat(petrantonio.name()).isEqualTo("Marcela Petrantonio");
        assertThat(Person.of("perez", "Juan Pérez").displayName()).isEqualTo("Juan Pérez");
    }

    @Test
    void displayName_ofAnOrganization_addsItsAcronym() {
        assertThat(UNAM.displayName()).isEqualTo("Universidad Nacional Autónoma de México (UNAM)");
        assertThat(MERCOCIUDADES.displayName()).isEqualTo("Mercociudades");
    }

    @Test
    void positionAndAffiliation_comeFromTheFirstPosition() {
        Person petrantonio = Person.builder().id("marcela-petrantonio").name("Marcela Petrantonio")
                .addPosition(Position.of("Secretaria Ejecutiva", MERCOCIUDADES))
                .addPosition(Position.of("Profesora", UNAM))
                .build();

        assertThat(petrantonio.jobTitle()).hasValue("Secretaria Ejecutiva");
        assertThat(petrantonio.affiliation()).hasValue(MERCOCIUDADES);
        assertThat(petrantonio.positions()).extracting(p -> p.title().orElseThrow())
                .containsExactly("Secretaria Ejecutiva", "Profesora");
    }

    @Test
    void positionAndAffiliation_bothComeFromTheFirstPosition_evenWhenItLacksOne() {
        Person researcher = Person.builder().id("investigadora").name("Investigadora")
                .addPosition(Position.at(UNAM))
                .addPosition(Position.of("Profesora"))
                .build();

        assertThat(researcher.jobTitle()).isEmpty();
        assertThat(researcher.affiliation()).hasValue(UNAM);
    }

    @Test
    void positionAndAffiliation_areEmptyWithoutPositions() {
        Person perez = Person.of("perez", "Juan Pérez");

        assertThat(perez.positions()).isEmpty();
        assertThat(perez.jobTitle()).isEmpty();
        assertThat(perez.affiliation()).isEmpty();
    }

    @Test
    void positionWithoutTitle_givesAnAffiliationOnly() {
        Person student = Person.of("estudiante", "Estudiante").withPositions(Position.at(UNAM));

        assertThat(student.jobTitle()).isEmpty();
        assertThat(student.affiliation()).hasValue(UNAM);
        assertThat(Person.of("consultora", "Consultora").withPositions(Position.of("Consultora independiente"))
                .affiliation()).isEmpty();
    }

    @Test
    void organization_canBelongToAParent() {
        Organization acatlan = Organization.builder().id("fes-acatlan").name("Facultad de Estudios Superiores Acatlán")
                .acronym("FES Acatlán").parent(UNAM).build();

        assertThat(acatlan.parent()).hasValue(UNAM);
        assertThat(acatlan.parent().flatMap(Organization::acronym)).hasValue("UNAM");
        assertThat(UNAM.parent()).isEmpty();
    }

    @Test
    void country_acceptsIso3166Alpha2Codes() {
        assertThat(Person.builder().id("ana").name("Ana").country("MX").build().country()).hasValue("MX");
        assertThat(Organization.builder().id("cuf").name("Cités Unies France").country("FR").build().country())
                .hasValue("FR");
        assertThat(PostalAddress.builder().locality("Paris").country("FR").build().toSingleLine()).isEqualTo("Paris, FR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mexico", "MEX", "mx", "M", "ZZ", "", "XX"})
    void country_rejectsAnythingElse(String country) {
        assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country",
                () -> Person.builder().id("ana").name("Ana").country(country).build());
    }

    @Test
    void country_checkWorksUnderATurkishDefaultLocale() {
        withDefaultLocale(Locale.forLanguageTag("tr-TR"), () -> {
            // Codes with an "I", which Turkish case mapping turns into a dotless or dotted i.
            for (String code : new String[] {"IT", "IN", "CI", "TR", "MX"}) {
                assertThat(Person.of("p", "P").withCountry(code).country()).hasValue(code);
            }
            assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country", () -> Person.of("p", "P").withCountry("ıt"));
            assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country", () -> Person.of("p", "P").withCountry("Türkiye"));
        });
    }

    @Test
    void contactDetails_areKept_andTheUrlMustBeAbsolute() {
        Organization cuf = Organization.builder().id("cuf").name("Cités Unies France").acronym("CUF")
                .email("contact@cites-unies-france.org").phone("+33 (0)1 53 41 81 92")
                .url(URI.create("https://cites-unies-france.org")).city("Paris").country("FR")
                .address(PostalAddress.builder().street("9 rue Christiani").postalCode("75018").locality("Paris")
                        .country("FR").build())
                .build();

        assertThat(cuf.phone()).hasValue("+33 (0)1 53 41 81 92");
        assertThat(cuf.url()).hasValue(URI.create("https://cites-unies-france.org"));
        assertThat(cuf.address().map(PostalAddress::toSingleLine)).hasValue("9 rue Christiani, 75018 Paris, FR");
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> cuf.withUrl(URI.create("cites-unies-france.org")));
        assertViolates(Invariant.BLANK_TEXT, "/email", () -> cuf.withEmail(" "));
    }

    @Test
    void personAndOrganization_withOneId_areNotEqual() {
        Party person = Person.of("cuf", "Cités Unies France");
        Party organization = Organization.of("cuf", "Cités Unies France");

        assertThat(person).isNotEqualTo(organization);
        assertThat(person.displayName()).isEqualTo(organization.displayName());
    }
}
