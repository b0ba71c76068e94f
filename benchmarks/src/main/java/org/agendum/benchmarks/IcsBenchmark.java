package org.agendum.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Contact;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
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
 * iCalendar export and import of an event with N blocks, each against its baselines in the same
 * run and on the same data.
 *
 * <p>Export: {@link IcsEventFormat} (publish profile, fixed clock) against the same VEVENTs built
 * by hand and written by biweekly and by raw ical4j ({@link CalendarOutputter}, which validates).
 * The VEVENTs' property values are read off agendum's own document in the setup, so the three write
 * the same texts, times and UIDs; the baselines get them for free, while agendum resolves its
 * timetable and composes its texts inside the measurement. The baselines use their library's own
 * time-zone definition (ical4j's registry; for biweekly, the VTIMEZONE of agendum's document with
 * the JDK's zone), agendum writes its VTIMEZONE from the JDK's rules. All three return a string.
 * {@link IcsStreamingBenchmark} streams the same export in a JVM of 128 MiB of heap.
 *
 * <p>Import: {@link IcsEventFormat#read} of agendum's document against ical4j's {@link
 * CalendarBuilder} parsing the same bytes (agendum has its own bounded reader).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IcsBenchmark {

    @Param({"10", "1000", "10000"})
    public int blocks;

    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
    private static final String BASELINE_PRODUCT = "-//agendum benchmarks//baseline//EN";

    static final IcsEventFormat FORMAT = IcsEventFormat.create().withClock(Clock.fixed(STAMP, ZoneOffset.UTC));

    private Event event;
    private ZoneId zone;
    private VTimeZone ical4jZone;
    private TimezoneAssignment biweeklyZone;
    private List<PlainVEvent> vevents;
    private byte[] document;

    /**
     * The properties of one VEVENT that agendum's publish profile writes, as plain values. {@code
     * start} and {@code end} are a {@link ZonedDateTime} or, for an all-day entry, a {@link
     * LocalDate}.
     */
    record PlainVEvent(String uid, Temporal start, Optional<Temporal> end, String summary, String description,
            Optional<String> location, Optional<BigDecimal[]> geo, Optional<URI> url, Optional<URI> conference,
            Optional<String> status, List<String> categories, List<String> contacts, boolean transparent,
            Optional<String> relatedTo) {}

    @Setup
    public void setUp() throws IOException, ParserException {
        event = event(blocks);
        zone = event.zone();
        String agendum = exportAgendum();
        document = agendum.getBytes(StandardCharsets.UTF_8);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(document));
        vevents = new ArrayList<>();
        for (VEvent vevent : parsed.<VEvent>getComponents(Component.VEVENT)) {
            vevents.add(plain(vevent, zone));
        }
        ical4jZone = new CalendarBuilder().getRegistry().getTimeZone(zone.getId()).getVTimeZone();
        // biweekly moves a parsed VTIMEZONE out of the components, into the calendar's TimezoneInfo.
        VTimezone definition = Biweekly.parse(agendum).first().getTimezoneInfo().getTimezones().iterator().next()
                .getComponent();
        biweeklyZone = new TimezoneAssignment(TimeZone.getTimeZone(zone), definition);

        String ical4j = exportIcal4j();
        String biweekly = exportBiweekly();
        sameTimes(agendum, ical4j, "ical4j");
        sameTimes(agendum, biweekly, "biweekly");
        System.out.printf("%n[ics] blocks=%d vevents=%d agendum=%d chars, ical4j=%d chars, biweekly=%d chars%n",
                blocks, vevents.size(), agendum.length(), ical4j.length(), biweekly.length());
    }

    private static void sameTimes(String agendum, String baseline, String name) {
        List<String> expected = times(agendum);
        List<String> actual = times(baseline);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(none)";
            String got = i < actual.size() ? actual.get(i) : "(none)";
            if (!want.equals(got)) {
                throw new IllegalStateException("the " + name + " baseline writes " + got + " where agendum writes "
                        + want + " (time line " + i + ")");
            }
        }
    }

    /** Every DTSTART and DTEND line of a document's VEVENTs, unfolded, in order. */
    private static List<String> times(String document) {
        List<String> times = new ArrayList<>();
        boolean inEvent = false;
        for (String line : document.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            inEvent = line.equals("BEGIN:VEVENT") || (inEvent && !line.equals("END:VEVENT"));
            if (inEvent && (line.startsWith("DTSTART") || line.startsWith("DTEND"))) {
                times.add(line);
            }
        }
        return times;
    }

    private static PlainVEvent plain(VEvent vevent, ZoneId zone) {
        return new PlainVEvent(
                value(vevent, Property.UID).orElseThrow(),
                date(vevent, Property.DTSTART, zone).orElseThrow(),
                date(vevent, Property.DTEND, zone),
                value(vevent, Property.SUMMARY).orElseThrow(),
                value(vevent, Property.DESCRIPTION).orElseThrow(),
                value(vevent, Property.LOCATION),
                vevent.<Geo>getProperty(Property.GEO).map(g -> new BigDecimal[] {g.getLatitude(), g.getLongitude()}),
                value(vevent, Property.URL).map(URI::create),
                value(vevent, "CONFERENCE").map(URI::create),
                value(vevent, Property.STATUS),
                vevent.getProperties(Property.CATEGORIES).stream().map(Property::getValue).toList(),
                vevent.getProperties(Property.CONTACT).stream().map(Property::getValue).toList(),
                value(vevent, Property.TRANSP).filter("TRANSPARENT"::equals).isPresent(),
                value(vevent, Property.RELATED_TO));
    }

    private static Optional<String> value(VEvent vevent, String name) {
        return vevent.getProperty(name).map(Property::getValue);
    }

    /** A date, or a date-time in the event's zone (ical4j reads it in a zone of its own naming). */
    private static Optional<Temporal> date(VEvent vevent, String name, ZoneId zone) {
        return vevent.getProperty(name).map(p -> {
            Temporal date = ((DateProperty<?>) p).getDate();
            return date instanceof ZonedDateTime ? ((ZonedDateTime) date).withZoneSameLocal(zone) : date;
        });
    }

    @Benchmark
    public String exportAgendum() {
        return FORMAT.toIcs(event);
    }

    /**
     * The VEVENTs of the export at a size: the event's, one per timed block, and the registration
     * deadline's, for the allocation per VEVENT in {@link Report}.
     *
     * @param blocks the size
     * @return the number of VEVENTs
     */
    static int vevents(int blocks) {
        String document = FORMAT.toIcs(event(blocks));
        return (document.length() - document.replace("BEGIN:VEVENT", "").length()) / "BEGIN:VEVENT".length();
    }

    static Event event(int blocks) {
        return RandomEvents.seeded(7).withBlocks(blocks).withParties(0).withDays(Sizes.daysFor(blocks)).event(0);
    }

    @Benchmark
    public String exportIcal4j() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(BASELINE_PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (PlainVEvent plain : vevents) {
            VEvent vevent = new VEvent(false);
            vevent.add(new Uid(plain.uid()));
            vevent.add(new DtStamp(STAMP));
            if (plain.start() instanceof LocalDate) {
                vevent.add(new DtStart<>(new ParameterList(List.of(Value.DATE)), plain.start()));
                plain.end().ifPresent(end -> vevent.add(new DtEnd<>(new ParameterList(List.of(Value.DATE)), end)));
            } else {
                vevent.add(new DtStart<>(plain.start()));
                plain.end().ifPresent(end -> vevent.add(new DtEnd<>(end)));
            }
            vevent.add(new Summary(plain.summary()));
            vevent.add(new Description(plain.description()));
            plain.location().ifPresent(l -> vevent.add(new Location(l)));
            plain.geo().ifPresent(g -> vevent.add(new Geo(g[0], g[1])));
            plain.url().ifPresent(u -> vevent.add(new Url(u)));
            plain.conference().ifPresent(u -> vevent.add(
                    new Conference(new ParameterList(List.of(Value.URI)), u.toString())));
            plain.status().ifPresent(s -> vevent.add(new Status(s)));
            for (String category : plain.categories()) {
                vevent.add(new Categories(new TextList(List.of(category))));
            }
            for (String contact : plain.contacts()) {
                vevent.add(new Contact(contact));
            }
            if (plain.transparent()) {
                vevent.add(ImmutableTransp.TRANSPARENT);
            }
            plain.relatedTo().ifPresent(r -> vevent.add(new RelatedTo(r)));
            calendar.add(vevent);
        }
        calendar.add(ical4jZone);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @Benchmark
    public String exportBiweekly() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(BASELINE_PRODUCT);
        calendar.getTimezoneInfo().setDefaultTimezone(biweeklyZone);
        for (PlainVEvent plain : vevents) {
            biweekly.component.VEvent vevent = new biweekly.component.VEvent();
            vevent.setUid(plain.uid());
            vevent.setDateTimeStamp(Date.from(STAMP));
            if (plain.start() instanceof LocalDate) {
                vevent.setDateStart(date((LocalDate) plain.start()), false);
                plain.end().ifPresent(end -> vevent.setDateEnd(date((LocalDate) end), false));
            } else {
                vevent.setDateStart(Date.from(((ZonedDateTime) plain.start()).toInstant()), true);
                plain.end().ifPresent(end -> vevent.setDateEnd(Date.from(((ZonedDateTime) end).toInstant()), true));
            }
            vevent.setSummary(plain.summary());
            vevent.setDescription(plain.description());
            plain.location().ifPresent(vevent::setLocation);
            plain.geo().ifPresent(g -> vevent.setGeo(new biweekly.property.Geo(g[0].doubleValue(), g[1].doubleValue())));
            plain.url().ifPresent(u -> vevent.setUrl(u.toString()));
            plain.conference().ifPresent(u -> vevent.addConference(new biweekly.property.Conference(u.toString())));
            plain.status().ifPresent(s -> vevent.setStatus(biweekly.property.Status.create(s)));
            for (String category : plain.categories()) {
                vevent.addCategories(category);
            }
            for (String contact : plain.contacts()) {
                vevent.addContact(contact);
            }
            if (plain.transparent()) {
                vevent.setTransparency(true);
            }
            plain.relatedTo().ifPresent(vevent::addRelatedTo);
            calendar.addEvent(vevent);
        }
        return Biweekly.write(calendar).go();
    }

    /** A day as biweekly takes a date-only value: midnight in the JVM's default zone. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Benchmark
    public Event importAgendum() throws IOException, EventFormatException {
        try (InputStream in = new ByteArrayInputStream(document)) {
            return FORMAT.read(in);
        }
    }

    @Benchmark
    public Calendar importIcal4j() throws IOException, ParserException {
        try (InputStream in = new ByteArrayInputStream(document)) {
            return new CalendarBuilder().build(in);
        }
    }
}
