package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Invariant#PARENT_CHAIN_TOO_DEEP}: at most {@link Organization#MAX_PARENT_DEPTH}
 * organizations above any organization, and what an event does with chains up to that depth.
 */
class ParentChainTest {

    private static final int MAX = Organization.MAX_PARENT_DEPTH;

    @Test
    void maxParentDepth_is32_generousForRealHierarchies() {
        // Department ⊂ faculty ⊂ university ⊂ university system ⊂ ministry ⊂ government: 5 above.
        assertThat(MAX).isEqualTo(32);
    }

    @Test
    void organization_withMaxParentDepthOrganizationsAbove_isBuilt() {
        List<Organization> chain = chain("unam", MAX + 1);
        Organization bottom = chain.get(chain.size() - 1);

        assertThat(levelsAbove(bottom)).isEqualTo(MAX);
        assertThat(bottom.parent()).containsSame(chain.get(chain.size() - 2));
    }

    @Test
    void organization_oneLevelDeeper_breaksTheInvariant_onEveryConstructionPath() {
        Organization bottom = chain("unam", MAX + 1).get(MAX);
        Organization unattached = Organization.of("fes-acatlan", "FES Acatlán");

        assertViolates(Invariant.PARENT_CHAIN_TOO_DEEP, "/parent",
                () -> Organization.builder().id("fes-acatlan").name("FES Acatlán").parent(bottom).build());
        assertViolates(Invariant.PARENT_CHAIN_TOO_DEEP, "/parent", () -> unattached.withParent(bottom));
        assertThat(unattached.parent()).isEmpty();
    }

    @Test
    void theLimitCountsOrganizationsAbove_notTheChainsOrganizations() {
        // A chain of MAX + 1 organizations has MAX above its bottom; MAX + 2 is one too many.
        assertThat(levelsAbove(chain("a", MAX + 1).get(MAX))).isEqualTo(MAX);
        assertViolates(Invariant.PARENT_CHAIN_TOO_DEEP, "/parent", () -> chain("b", MAX + 2));
    }

    @Test
    void personAffiliatedToTheDeepestOrganization_isBuilt() {
        Organization bottom = chain("unam", MAX + 1).get(MAX);
        Person ana = Person.of("ana", "Ana").withPositions(Position.at(bottom));

        assertThat(ana.affiliation()).containsSame(bottom);
    }

    @Test
    void equalChainsBuiltApart_areEqual_andHashAlike() {
        Organization first = chain("unam", MAX + 1).get(MAX);
        Organization second = chain("unam", MAX + 1).get(MAX);

        assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(second.withName("Otro nombre")).isNotEqualTo(first);
    }

    @Test
    void eventParties_listADeepChain_fromTheOrganizerUp() {
        List<Organization> chain = chain("unam", MAX + 1);
        Organization bottom = chain.get(MAX);
        Event event = event().addOrganizer(bottom).build();

        List<Party> expected = new ArrayList<>();
        for (int i = MAX; i >= 0; i--) {
            expected.add(chain.get(i));
        }
        assertThat(event.parties()).containsExactlyElementsOf(expected);
    }

    @Test
    void eventParties_stopAtAnOrganizationAlreadyListed() {
        List<Organization> chain = chain("unam", MAX + 1);
        Person ana = Person.of("ana", "Ana").withPositions(Position.at(chain.get(MAX)));
        Event event = event().addOrganizer(chain.get(5)).addPartner(ana).build();

        List<Party> expected = new ArrayList<>();
        for (int i = 5; i >= 0; i--) {
            expected.add(chain.get(i));
        }
        expected.add(ana);
        for (int i = MAX; i > 5; i--) {
            expected.add(chain.get(i));
        }
        assertThat(event.parties()).containsExactlyElementsOf(expected);
    }

    @Test
    void conflictingPartyId_deepInAChain_isReportedAtItsPathThroughEachParent() {
        List<Organization> chain = chain("unam", MAX + 1);
        Person impostor = Person.of("unam-10", "Persona con el id de una organización");
        Event.Builder event = event().addOrganizer(impostor).addOrganizer(chain.get(MAX));

        // chain.get(10) is MAX - 10 parents above the second organizer.
        String path = "/organizers/1" + "/parent".repeat(MAX - 10) + "/id";
        assertViolates(Invariant.CONFLICTING_PARTY_ID, path, event::build);
    }

    /** Organizations {@code prefix-0} (the top) to {@code prefix-(length - 1)}, each the parent of the next. */
    private static List<Organization> chain(String prefix, int length) {
        List<Organization> chain = new ArrayList<>();
        Organization above = null;
        for (int i = 0; i < length; i++) {
            Organization.Builder builder = Organization.builder().id(prefix + "-" + i).name("Nivel " + i);
            if (above != null) {
                builder.parent(above);
            }
            above = builder.build();
            chain.add(above);
        }
        return chain;
    }

    private static int levelsAbove(Organization organization) {
        int levels = 0;
        for (Organization above = organization.parent().orElse(null); above != null;
                above = above.parent().orElse(null)) {
            levels++;
        }
        return levels;
    }

    private static Event.Builder event() {
        return Event.builder().id("seminario").title("Seminario").zone(ZoneId.of("America/Mexico_City"))
                .start(LocalDateTime.of(2021, 6, 11, 11, 0));
    }
}
