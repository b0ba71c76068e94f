package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;
import org.agendum.json.JsonEventFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The imported schedules read back equal from canonical JSON and from the rich iCalendar profile:
 * 872 and 138 blocks, speakers shared between talks, slots that end at or after midnight, links
 * with their kinds.
 */
class RealScheduleRoundTripTest {

    static {
        OtherFormats.readable();
    }

    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final IcsEventFormat RICH = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .withProfile(IcsEventFormat.Profile.RICH);

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void canonicalJson_readsBackEqual_andWritesTheSameBytes(RealSchedule schedule) throws Exception {
        Event event = schedule.imported().event();
        String json = JSON.toJson(event);

        Event read = JSON.fromJson(json);
        assertThat(read).isEqualTo(event);
        assertThat(JSON.toJson(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void richICalendar_readsBackEqual(RealSchedule schedule) throws Exception {
        Event event = schedule.imported().event();

        assertThat(RICH.fromBytes(RICH.toBytes(event))).isEqualTo(event);
    }
}
