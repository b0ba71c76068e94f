package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mutators of time zones: VTIMEZONEs for TZIDs the JDK does not know, so that agendum must
 * evaluate the file's own definition, and definitions that cost much to evaluate.
 */
final class ZoneMutators {

    private ZoneMutators() {}

    /**
     * A zone whose observances have odd rules: 1 to 10 observances with a rule of another
     * frequency, a huge COUNT, an odd UNTIL or INTERVAL, lists, odd offsets or odd starts; used by
     * the file's times and 0 to 10 more VEVENTs.
     */
    static Mutation zoneRules(String document, Random random) {
        return hostileZone("zone-rules", document, random, "rule");
    }

    /**
     * A zone of 600 to 1,200 valid yearly observances, around {@code MAX_ZONE_OBSERVANCES}
     * (1,000), used in one year.
     */
    static Mutation zoneObservances(String document, Random random) {
        return hostileZone("zone-observances", document, random, "many");
    }

    /**
     * A zone of 2 to 1,000 valid yearly observances used by 20 to 10,000 VEVENTs in different
     * years, over {@code MAX_ZONE_EVALUATIONS} or not.
     */
    static Mutation zoneYears(String document, Random random) {
        return hostileZone("zone-years", document, random, "years");
    }

    /** A zone of 1 to 1,000 observances with long BYMONTHDAY or RDATE lists, used by 1 to 1,000 VEVENTs. */
    static Mutation zoneLists(String document, Random random) {
        return hostileZone("zone-lists", document, random, "lists");
    }

    /**
     * Adds a VTIMEZONE for a made-up TZID, so that agendum must evaluate the file's definition,
     * moves the file's zoned times to it (most of the time), removes the rich profile's JSON (which
     * would win over every time), and adds VEVENTs in that zone: blocks of agendum's event in its
     * files, other entries in others. Offsets are the same two for every observance, or distinct
     * (up to 2,160).
     */
    private static Mutation hostileZone(String mutator, String document, Random random, String mode) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        String tzid = "Fuzz/Zone-" + random.nextInt(1000);
        int observances = switch (mode) {
            case "rule" -> Draws.one(random, 1, 2, 2, 10);
            case "many" -> Draws.one(random, 600, 999, 1_000, 1_001, 1_200);
            case "years" -> Draws.one(random, 2, 10, 100, 600, 1_000);
            default -> Draws.one(random, 1, 2, 10, 1_000);
        };
        String shape = switch (mode) {
            case "rule" -> Draws.one(random, "freq", "count", "until", "interval", "lists", "odd-offsets", "odd-start");
            case "lists" -> Draws.one(random, "monthdays", "rdates");
            default -> "yearly";
        };
        int events = switch (mode) {
            case "rule" -> Draws.one(random, 0, 1, 10);
            case "many" -> Draws.one(random, 1, 10);
            case "years" -> Draws.one(random, 20, 200, 1_000, 10_000);
            default -> Draws.one(random, 1, 10, 100, 1_000);
        };
        String years = mode.equals("years") ? Draws.one(random, "distinct", "consecutive") : Draws.one(random, "one", "one",
                "distinct");
        boolean distinctOffsets = random.nextBoolean();
        int listLength = Draws.one(random, 31, 31, 1_000, 100_000);
        boolean lastFriday = Draws.chance(random, 0.05);
        List<String> zone = new ArrayList<>();
        zone.add("BEGIN:VTIMEZONE");
        zone.add("TZID:" + tzid);
        int size = 0;
        for (int k = 0; k < observances && size < StructureMutators.ROOM / 2; k++) {
            String kind = k % 2 == 0 ? "STANDARD" : "DAYLIGHT";
            List<String> o = observance(random, k, kind, shape, distinctOffsets, listLength, lastFriday);
            size += o.stream().mapToInt(l -> l.length() + 2).sum();
            zone.addAll(o);
        }
        zone.add("END:VTIMEZONE");
        lines.addAll(Spans.calendarStart(lines), zone);

        boolean repoint = Draws.chance(random, 0.7);
        if (repoint) {
            for (int i = 0; i < lines.size(); i++) {
                String name = ByteText.name(lines.get(i));
                if ((name.equals("DTSTART") || name.equals("DTEND")) && lines.get(i).contains("TZID=")) {
                    String line = lines.get(i);
                    lines.set(i, name + ";TZID=" + tzid + ":" + line.substring(line.lastIndexOf(':') + 1));
                }
            }
        }
        // The rich profile's JSON would win over every time of the file.
        boolean json = lines.removeIf(l -> ByteText.name(l).equals("STRUCTURED-DATA") && Draws.chance(random, 0.8));
        // In agendum's files, VEVENTs are read as blocks only when related to the event's.
        String main = mainUid(lines);
        int at = main.length() > 200 ? -1 : main.indexOf('@'); // a UID made huge by another mutator is not repeated
        List<String> added = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            int year = switch (years) {
                case "one" -> 2020;
                case "distinct" -> 1 + random.nextInt(9999);
                default -> 1 + (1900 + i) % 9999;
            };
            String day = String.format(Locale.ROOT, "%04d0615T1200", year);
            added.add("BEGIN:VEVENT");
            if (at > 0) {
                added.add("UID:" + main.substring(0, at) + ".fuzz-zone-" + i + main.substring(at));
                added.add("RELATED-TO:" + main);
            } else {
                added.add("UID:fuzz-zone-" + i);
            }
            added.add("DTSTART;TZID=" + tzid + ":" + day + "00");
            added.add("DTEND;TZID=" + tzid + ":" + day + "30");
            added.add("SUMMARY:In the made-up zone " + i);
            added.add("END:VEVENT");
        }
        lines.addAll(Spans.calendarEnd(lines), added);
        return Mutation.of(mutator, ByteText.joinCrlf(lines), observances + " observances, " + shape
                + (shape.equals("monthdays") || shape.equals("rdates") ? " x" + listLength : "")
                + (distinctOffsets ? ", distinct offsets" : "") + (repoint ? ", times moved to it" : "") + ", " + events
                + " events in " + years + " year" + (years.equals("one") ? "" : "s") + (json ? ", STRUCTURED-DATA removed" : ""));
    }

    /** The UID of agendum's event VEVENT (the first without RELATED-TO, in agendum's domain), or "". */
    private static String mainUid(List<String> lines) {
        for (Spans.Span vevent : Spans.named(lines, "VEVENT")) {
            int uid = Spans.property(lines, vevent, "UID");
            if (uid >= 0 && Spans.property(lines, vevent, "RELATED-TO") < 0 && lines.get(uid).endsWith("@agendum")) {
                return ByteText.value(lines.get(uid)).trim();
            }
        }
        return "";
    }

    private static List<String> observance(Random random, int k, String kind, String shape, boolean distinctOffsets,
            int listLength, boolean lastFriday) {
        List<String> o = new ArrayList<>();
        o.add("BEGIN:" + kind);
        int year = Draws.one(random, 1601, 1970, 1970, 2000, 1 + random.nextInt(9999));
        String start = shape.equals("odd-start")
                ? Draws.one(random, String.format(Locale.ROOT, "%04d0101", year), "00000101T000000", "99991231T235959",
                        "19700229T020000", "garbage", "19701025T030000Z", "")
                : String.format(Locale.ROOT, "%04d%02d01T020000", year, 1 + k % 12);
        o.add("DTSTART:" + start);
        String from = offset(distinctOffsets ? 2 * k : k % 2);
        String to = offset(distinctOffsets ? 2 * k + 1 : (k + 1) % 2);
        if (shape.equals("odd-offsets")) {
            from = Draws.one(random, "+2400", "+9999", "-1800", "+01", "0100", "+000000", "+235959", "-0000", "+1800",
                    "+1801", "");
        }
        o.add("TZOFFSETFROM:" + from);
        o.add("TZOFFSETTO:" + to);
        // A fifth Friday is missing from some years: a rule no zone has, refused when a time needs it.
        String yearly = "FREQ=YEARLY;BYMONTH=" + (1 + k % 12) + ";BYDAY=" + (lastFriday && k == 0 ? "5FR"
                : Draws.one(random, "-1SU", "1SU", "2MO", "SU"));
        String rule = switch (shape) {
            case "freq" -> "FREQ=" + Draws.one(random, "SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "")
                    + ";BYMONTH=3";
            case "count" -> yearly + ";COUNT=" + Draws.one(random, "1", "1000", "1001", "2147483647", "99999999999", "0",
                    "-1");
            case "until" -> yearly + ";UNTIL=" + Draws.one(random, "19700101", "99991231T235959Z", "00000101T000000", "2020",
                    "20201301T000000Z", "", "20371231T235959", "00010101T000000Z");
            case "monthdays" -> "FREQ=YEARLY;BYMONTH=" + (1 + k % 12) + ";BYMONTHDAY=" + monthDays(random, listLength);
            case "lists" -> Draws.one(random, "FREQ=YEARLY;BYMONTH=3;BYDAY=SU,MO", "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU",
                    "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYHOUR=1,2", "FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYSETPOS=-1",
                    "FREQ=YEARLY;BYMONTH=13;BYDAY=-1SU", "FREQ=YEARLY;BYDAY=-6SU;BYMONTH=3", "FREQ=YEARLY;BYYEARDAY=100",
                    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
                    "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;BYMINUTE=99", "FREQ=YEARLY;;", "FREQ=YEARLY;BYDAY=XX");
            case "interval" -> yearly + ";INTERVAL=" + Draws.one(random, "0", "1", "2", "400", "-1", "x");
            case "rdates" -> null;
            default -> yearly;
        };
        if (rule != null) {
            o.add("RRULE:" + rule);
        } else {
            o.add("RDATE" + Draws.one(random, "", "", ";VALUE=DATE", ";VALUE=PERIOD") + ":" + rdates(random, listLength));
        }
        o.add("END:" + kind);
        return o;
    }

    /** {@code BYMONTHDAY} values: every day, one day again and again, or negative days. */
    private static String monthDays(Random random, int length) {
        String style = Draws.one(random, "cycle", "repeat", "negative");
        StringBuilder out = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++) {
            out.append(i == 0 ? "" : ",").append(switch (style) {
                case "cycle" -> 1 + i % 31;
                case "repeat" -> 1;
                default -> -(1 + i % 31);
            });
        }
        return out.toString();
    }

    /** RDATE values: in one year or spread over many, with now and then one that is not a DATE-TIME. */
    private static String rdates(Random random, int count) {
        boolean oneYear = random.nextBoolean();
        boolean odd = Draws.chance(random, 0.2);
        StringBuilder out = new StringBuilder(count * 16);
        for (int i = 0; i < count; i++) {
            int year = oneYear ? 2020 : 1 + random.nextInt(9999);
            out.append(i == 0 ? "" : ",");
            if (odd && i == count / 2) {
                out.append(Draws.one(random, "20200101T000000/PT1H", "20200101", "garbage", "", "20201301T000000"));
            } else {
                digits(out, year, 4);
                digits(out, 1 + i / 1440 / 28 % 12, 2);
                digits(out, 1 + i / 1440 % 28, 2);
                out.append('T');
                digits(out, i / 60 % 24, 2);
                digits(out, i % 60, 2);
                out.append("00");
            }
        }
        return out.toString();
    }

    /** Appends a number with leading zeros (String.format is too slow for a hundred thousand dates). */
    private static void digits(StringBuilder out, int number, int width) {
        String n = Integer.toString(number);
        for (int i = n.length(); i < width; i++) {
            out.append('0');
        }
        out.append(n);
    }

    /** A valid UTC offset for an index, alternating signs, every minute from 00:00 to 17:59. */
    private static String offset(int index) {
        int minutes = index % 1080;
        return String.format(Locale.ROOT, "%s%02d%02d", index % 2 == 0 ? "+" : "-", minutes / 60, minutes % 60);
    }

    /**
     * Renames the JDK zones of a file (TZID and every TZID parameter) to ids the JDK does not know,
     * so that the file's own VTIMEZONEs, which agendum wrote from the JDK's rules, are evaluated.
     */
    static Mutation zoneRenamed(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ByteText.name(line).equals("TZID")) {
                String id = ByteText.value(line).trim();
                lines.set(i, "TZID:Fuzz " + id);
                renamed.add(id);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            for (String id : renamed) {
                lines.set(i, lines.get(i).replace("TZID=" + id + ":", "TZID=Fuzz " + id + ":"));
            }
        }
        lines.removeIf(l -> ByteText.name(l).equals("X-LIC-LOCATION"));
        if (random.nextBoolean()) {
            lines.removeIf(l -> ByteText.name(l).equals("X-WR-TIMEZONE"));
        }
        return Mutation.of("zone-renamed", ByteText.joinCrlf(lines), renamed.isEmpty() ? "no TZID" : String.join(", ",
                renamed));
    }
}
