package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mutators of DTSTART, DTEND, DURATION and their time zones. */
final class TimeMutators {

    /** Values that are, or look like, DATE or DATE-TIME values. */
    private static final String[] DATE_TIMES = {"00000101T000000", "00010101T000000Z", "99991231T235959",
        "99991231T235959Z", "20201301T000000", "20200230T100000", "20200101T240000", "20200101T235960", "20200101t100000z",
        "2020-01-01T10:00:00", "20200101", "2020010", "202001011", "", " ", "20200101T100000ZZ", "+20200101T100000",
        "20200101T1000", "\uff12\uff10\uff12\uff10\uff10\uff11\uff10\uff11T100000", "19691231T235959Z", "20200101T100000Z",
        "20380119T031408Z", "16010101T000000", "20200229", "21000229", "20200101T100000,20200102T100000", "99999999"};

    /** Values that are, or look like, DURATION values. */
    private static final String[] DURATIONS = {"P999999999W", "P999999999D", "PT999999999H", "PT999999999S", "-PT1H", "P",
        "PT", "P1W6DT15H", "P1Y", "PT1.5H", "P1DT", "+P1D", "P0D", "PT0S", "P9999999999D", "PT1H1H", "P1WT", "pt1h",
        "P1D2D", "PT-1H", "P\uff11D", "PT1H ", "P306783378W", "PT2147483648S"};

    /** TZID values: unknown, path-like, quoted, padded, offsets, long. */
    private static final String[] TZIDS = {"Fuzz/Unknown", "/mozilla.org/20050126_1/Europe/Berlin", "/a/b/c",
        "\"Europe/Paris\"", "Europe/Paris ", " Europe/Paris", "", "UTC", "+01:00", "Z", "GMT+5", "Etc/GMT-14",
        "Europe/" + "x".repeat(200), "../../etc/passwd", "America/Argentina/ComodRivadavia", "EST5EDT", "SystemV/AST4",
        "(GMT+10:00) Canberra, Melbourne, Sydney", "W. Europe Standard Time", "Asia/Riyadh87"};

    private TimeMutators() {}

    /** Gives DTSTART or DTEND of a VEVENT an odd value, with or without VALUE=DATE. */
    static Mutation oddDateTime(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        String property = Draws.one(random, "DTSTART", "DTEND", "DTSTART");
        String value = Draws.one(random, DATE_TIMES);
        int i = TextMutators.index(lines, property, random);
        if (i < 0) {
            return Mutation.of("odd-datetime", document, "no " + property);
        }
        String line = lines.get(i);
        String parameters = line.substring(ByteText.name(line).length(), Math.max(ByteText.name(line).length(),
                line.indexOf(':')));
        if (Draws.chance(random, 0.2)) {
            parameters = Draws.one(random, ";VALUE=DATE", ";VALUE=DATE-TIME", "", ";TZID=Europe/Paris;VALUE=DATE");
        }
        lines.set(i, property + parameters + ":" + ByteText.utf8(value));
        return Mutation.of("odd-datetime", ByteText.joinCrlf(lines), property + parameters + ":" + value);
    }

    /** Replaces a VEVENT's DTEND by an odd DURATION, or adds one beside it. */
    static Mutation oddDuration(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        Spans.Span vevent = Spans.any(lines, "VEVENT", random);
        if (vevent == null) {
            return Mutation.of("odd-duration", document, "no VEVENT");
        }
        String value = Draws.one(random, DURATIONS);
        int end = Spans.property(lines, vevent, "DTEND");
        boolean both = end >= 0 && Draws.chance(random, 0.2);
        if (end >= 0 && !both) {
            lines.set(end, "DURATION:" + ByteText.utf8(value));
        } else {
            lines.add(vevent.begin() + 1, "DURATION:" + ByteText.utf8(value));
        }
        return Mutation.of("odd-duration", ByteText.joinCrlf(lines), value + (both ? " beside DTEND" : ""));
    }

    /** Gives the TZIDs of some or all times an odd value, or X-WR-TIMEZONE one. */
    static Mutation oddTzid(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        String tzid = Draws.one(random, TZIDS);
        boolean all = random.nextBoolean();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String name = ByteText.name(line);
            if ((name.equals("DTSTART") || name.equals("DTEND")) && (all || random.nextInt(3) == 0)) {
                int colon = line.lastIndexOf(':');
                String value = colon < 0 ? "" : line.substring(colon + 1);
                lines.set(i, name + ";TZID=" + tzid + ":" + value);
                count++;
            } else if (name.equals("TZID") && all) {
                lines.set(i, "TZID:" + tzid);
            } else if (name.equals("X-WR-TIMEZONE") && random.nextInt(3) == 0) {
                lines.set(i, "X-WR-TIMEZONE:" + tzid);
            }
        }
        return Mutation.of("odd-tzid", ByteText.joinCrlf(lines), "'" + (tzid.length() > 40 ? tzid.substring(0, 12) + "…"
                : tzid) + "' on " + count + " times" + (all ? ", VTIMEZONEs too" : ""));
    }

    /** Makes times floating (drops TZID and Z), with or without the calendar's X-WR-TIMEZONE. */
    static Mutation floating(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        boolean keepCalendarZone = random.nextBoolean();
        for (int i = 0; i < lines.size(); i++) {
            String name = ByteText.name(lines.get(i));
            if (name.equals("DTSTART") || name.equals("DTEND")) {
                String value = ByteText.value(lines.get(i));
                int colon = lines.get(i).lastIndexOf(':');
                value = colon < 0 ? value : lines.get(i).substring(colon + 1);
                lines.set(i, name + ":" + (value.endsWith("Z") ? value.substring(0, value.length() - 1) : value));
            }
        }
        if (!keepCalendarZone) {
            lines.removeIf(l -> ByteText.name(l).equals("X-WR-TIMEZONE"));
        }
        return Mutation.of("floating", ByteText.joinCrlf(lines), keepCalendarZone ? "X-WR-TIMEZONE kept" : "no X-WR-TIMEZONE");
    }
}
