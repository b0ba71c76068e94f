package org.agendum.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.agendum.core.model.Event;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.ical.IcsEventFormat;
import org.agendum.testing.RandomEvents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * iCalendar export of an event with N blocks: {@link IcsEventFormat} against the same VEVENTs (one
 * for the event, one per timed block) built by hand with raw ical4j and written with its
 * validating {@link CalendarOutputter}. The baseline gets the resolved times and texts for free
 * (computed in setup); agendum resolves its timetable and writes its texts inside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IcsBenchmark {

    @Param({"10", "1000"})
    public int blocks;

    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    private final IcsEventFormat format = IcsEventFormat.create().withClock(Clock.fixed(STAMP, ZoneOffset.UTC));
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Event event;
    private Timetable timetable;
    private List<ScheduledBlock> timed;

    @Setup
    public void setUp() {
        event = RandomEvents.seeded(7).withBlocks(blocks).withParties(0).withDays(Sizes.daysFor(blocks)).event(0);
        timetable = Timetable.of(event);
        timed = new ArrayList<>();
        for (ScheduledBlock block : timetable.blocks()) {
            if (block.span().isPresent()) {
                timed.add(block);
            }
        }
        System.out.printf("%n[ics] blocks=%d timed=%d agendum=%d chars, baseline=%d chars%n", blocks, timed.size(),
                exportAgendum().length(), exportBaseline().length());
    }

    @Benchmark
    public String exportAgendum() {
        return format.toIcs(event);
    }

    @Benchmark
    public String exportBaseline() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//baseline//raw ical4j//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String eventUid = event.id() + "@baseline";
        VEvent main = new VEvent(false);
        main.add(new Uid(eventUid));
        main.add(new DtStamp(STAMP));
        main.add(new DtStart<>(timetable.eventStart()));
        timetable.eventSpan().or(timetable::agendaSpan).map(TimeSpan::end)
                .filter(end -> end.isAfter(timetable.eventStart())).ifPresent(end -> main.add(new DtEnd<>(end)));
        main.add(new Summary(event.title()));
        main.add(new Description(event.description().orElse(event.title())));
        main.add(ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(main);
        for (ScheduledBlock block : timed) {
            TimeSpan span = block.span().get();
            VEvent child = new VEvent(false);
            child.add(new Uid(event.id() + "." + block.id() + "@baseline"));
            child.add(new DtStamp(STAMP));
            child.add(new DtStart<>(span.start()));
            if (span.end().isAfter(span.start())) {
                child.add(new DtEnd<>(span.end()));
            }
            child.add(new Summary(block.block().displayTitle()));
            child.add(new Description(block.block().description().orElse(block.block().title())));
            child.add(ImmutableStatus.VEVENT_CONFIRMED);
            child.add(new RelatedTo(eventUid));
            calendar.add(child);
        }
        calendar.add(registry.getTimeZone(timetable.zone().getId()).getVTimeZone());
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
