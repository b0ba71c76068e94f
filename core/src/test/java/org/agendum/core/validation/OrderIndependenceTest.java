package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;

/** Blocks with the same span are told apart by id, not by where they stand in the agenda. */
class OrderIndependenceTest {

    @Test
    void blocksWithTheSameSpan_giveTheSameFindings_inEitherOrder() {
        Agenda agenda = Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "Atelier A").id("a").speakers(ANA)
                .block(t(9, 0), t(10, 0), TALK, "Atelier B").id("b").speakers(ANA)
                .toAgenda();
        List<AgendaBlock> reversed = List.of(agenda.blocks().get(1), agenda.blocks().get(0));
        Event forward = event(agenda);
        Event backward = event(agenda.withBlocks(reversed));

        assertThat(messages(forward)).isNotEmpty().isEqualTo(messages(backward));
        assertThat(messages(forward)).anySatisfy(m -> assertThat(m).contains("block 'Atelier B' (09:00–10:00) overlaps block 'Atelier A'"));
    }

    private static List<String> messages(Event event) {
        return Validator.standard().validate(event).violations().stream().map(v -> v.code() + ": " + v.message())
                .sorted().collect(Collectors.toList());
    }
}
