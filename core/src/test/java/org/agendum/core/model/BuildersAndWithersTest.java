package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract the builders' and withers' Javadoc states, one promise per test. */
class BuildersAndWithersTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final LocalDateTime START = LocalDateTime.of(2021, 6, 11, 13, 0);

    @Test
    void builder_aSingleValuedAttributeSetTwice_throwsIllegalStateException() {
        assertThatThrownBy(() -> minimal().title("Otro título")).isInstanceOf(IllegalStateException.class);
        // Either overload of an optional attribute sets it.
        assertThatThrownBy(() -> minimal().subtitle("Uno").subtitle(Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> minimal().status(EventStatus.PROVISIONAL).status(EventStatus.CANCELLED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_addCalls_appendAfterTheElementsAlreadyAdded() {
        Event event = minimal().addTopic("a").addTopics("b", "c").addAllTopics(List.of("d")).addTopic("e").build();

        assertThat(event.topics()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void builder_withoutARequiredAttribute_throwsIllegalStateExceptionOnBuild() {
        assertThatThrownBy(() -> Event.builder().id("e").title("Título").zone(MONTEVIDEO).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Slot.builder().start(LocalTime.NOON).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_checksNothingBeforeBuild() {
        Event.Builder builder = minimal().subtitle(" ");

        assertViolates(Invariant.BLANK_TEXT, "/subtitle", builder::build);
    }

    @Test
    void builder_emptyOptional_leavesTheAttributeAbsent() {
        assertThat(minimal().subtitle(Optional.empty()).build().subtitle()).isEmpty();
        assertThat(minimal().subtitle(Optional.of("Sub")).build().subtitle()).contains("Sub");
    }

    @Test
    void builder_nulls_throwNullPointerException() {
        assertThatThrownBy(() -> minimal().subtitle((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> minimal().subtitle((Optional<String>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> minimal().addTopics("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> minimal().addAllTopics(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void build_returnsTheModelType_andEachCallANewEqualValue() {
        Event.Builder builder = minimal();

        Event first = builder.build();
        Event second = builder.build();
        assertThat(first).isEqualTo(second).isNotSameAs(second);
    }

    @Test
    void withers_returnACopy_andLeaveThisValueUnchanged() {
        Event event = minimal().addTopic("a").build();

        Event copy = event.withTitle("Otro").withTopics("b", "c");

        assertThat(copy.title()).isEqualTo("Otro");
        assertThat(copy.topics()).containsExactly("b", "c");
        assertThat(event.title()).isEqualTo("Alianzas para el desarrollo local");
        assertThat(event.topics()).containsExactly("a");
        assertThat(event.withTopics().topics()).isEmpty();
        assertThat(event.withSubtitle("Sub").withSubtitle(Optional.empty()).subtitle()).isEmpty();
    }

    @Test
    void withers_checkTheResultsInvariants_notOnlyTheValue() {
        Event event = minimal().end(START.plusHours(2)).build();

        assertViolates(Invariant.EVENT_END_NOT_AFTER_START, "/end", () -> event.withStart(START.plusHours(3)));
        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/partners/0/id", () -> event
                .withOrganizers(Person.of("perez", "Juan Pérez")).withPartners(Person.of("perez", "Ana Pérez")));
        assertViolates(Invariant.EMPTY_VALUE, "",
                () -> PostalAddress.builder().street("5 rue Lobau").build().withStreet(Optional.empty()));
        assertViolates(Invariant.EMPTY_VALUE, "", () -> OnlineLocation.builder().linkSentAfterRegistration(true).build()
                .withLinkSentAfterRegistration(false));
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> OnlineLocation.of(URI.create("https://a.example"))
                .withUrl(URI.create("/relative")));
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end",
                () -> Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 0)).withStart(LocalTime.of(11, 0)));
    }

    @Test
    void withers_nulls_throwNullPointerException() {
        Event event = minimal().build();

        assertThatThrownBy(() -> event.withTitle(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event.withSubtitle((Optional<String>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event.withTopics("a", null)).isInstanceOf(NullPointerException.class);
    }

    private static Event.Builder minimal() {
        return Event.builder().id("seminario-2021").title("Alianzas para el desarrollo local").zone(MONTEVIDEO)
                .start(START);
    }
}
