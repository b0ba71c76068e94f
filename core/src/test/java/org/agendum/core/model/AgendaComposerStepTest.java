package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The methods of {@link AgendaComposer.Step} that agendum-processor declares from {@link AgendaBlock}'s
 * accessors: one for every optional and list attribute the step does not set in words of its own, a
 * single value replaced by a later call, a list appended to in order. Expected blocks are built with
 * {@link AgendaBlock#builder()}, not with the composer.
 */
class AgendaComposerStepTest {

    /** The attributes the step sets otherwise: its block(...) call, child(...), status(...), rescheduledFrom(...). */
    private static final Set<String> SET_OTHERWISE = Set.of("timing", "children", "statusNote", "previousStart", "recurrence");

    private static final Person ANA = Person.of("ana", "Ana");
    private static final Person BEA = Person.of("bea", "Bea");
    private static final Person CARLOS = Person.of("carlos", "Carlos");

    @Test
    void everyOptionalAndListAttributeOfABlock_hasAMethodOfTheStep_named_asItsAccessor() {
        List<String> attributes = Arrays.stream(AgendaBlock.class.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                .filter(m -> m.getReturnType() == Optional.class || m.getReturnType() == List.class)
                .map(Method::getName).filter(name -> !SET_OTHERWISE.contains(name)).sorted().collect(Collectors.toList());
        Set<String> stepMethods = Arrays.stream(AgendaComposer.Step.class.getMethods())
                .filter(m -> m.getReturnType() == AgendaComposer.Step.class && m.getDeclaringClass() == AgendaComposer.Step.class)
                .map(Method::getName).collect(Collectors.toSet());

        assertThat(attributes).contains("label", "topics", "overflowRooms", "onlineLocation", "links");
        assertThat(stepMethods).containsAll(attributes).doesNotContainAnyElementsOf(SET_OTHERWISE);
    }

    @Test
    void aSingleValue_isReplacedByALaterCall_andAListIsAppendedToInOrder() {
        AgendaBlock composed = Agenda.compose()
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Panel").id("panel")
                    .label("Panel 1").room("A").topics("x").label("Panel 2")
                    .speakers(ANA).participants(Participant.panelist(BEA)).topics("y", "z").speakers(CARLOS).room("B")
                .toAgenda().blocks().get(0);

        AgendaBlock expected = AgendaBlock.builder().id("panel").kind(BlockKind.PANEL).title("Panel")
                .timing(Timing.duration(Duration.ofMinutes(30))).label("Panel 2").room("B").addTopics("x", "y", "z")
                .addParticipants(Participant.speaker(ANA), Participant.panelist(BEA), Participant.speaker(CARLOS))
                .build();
        assertThat(composed).isEqualTo(expected);
    }

    @Test
    void statusAndRescheduledFrom_setTheStatusOnce_theLaterCallWinning() {
        LocalDateTime first = LocalDateTime.of(2021, 6, 11, 16, 0);
        AgendaBlock composed = Agenda.compose()
                .block(Duration.ofMinutes(60), BlockKind.TALK, "Charla").id("talk")
                    .status(BlockStatus.POSTPONED, "Nueva fecha a confirmar").rescheduledFrom(first)
                .toAgenda().blocks().get(0);

        assertThat(composed.status()).isEqualTo(BlockStatus.RESCHEDULED);
        assertThat(composed.statusNote()).hasValue("Nueva fecha a confirmar");
        assertThat(composed.previousStart()).hasValue(first);
    }

    @Test
    void aNullValue_isRefusedAtOnce_andANullElementByToAgenda() {
        AgendaComposer.Step step = Agenda.compose().block(Duration.ofMinutes(10), BlockKind.TALK, "Charla");

        assertThatThrownBy(() -> step.label(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> step.topics((String[]) null)).isInstanceOf(NullPointerException.class);
        step.topics("x", null);
        assertThatThrownBy(step::toAgenda).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anInvalidValue_isRefusedByToAgenda_withItsInvariant() {
        AgendaComposer.Step step = Agenda.compose().block(Duration.ofMinutes(10), BlockKind.TALK, "Charla").label(" ");

        assertThatThrownBy(step::toAgenda).isInstanceOfSatisfying(InvariantViolationException.class,
                e -> assertThat(e.invariant()).isEqualTo(Invariant.BLANK_TEXT));
    }
}
