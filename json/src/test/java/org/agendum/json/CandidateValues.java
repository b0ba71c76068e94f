package org.agendum.json;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random strings for the fields whose form the JSON Schema states by pattern or enum: country codes,
 * zone ids, dates, date-times, language tags, durations and URIs. Each draw mixes values on both
 * sides of the line &mdash; near misses above all: 30 February, {@code +18:30}, {@code en-x},
 * {@code PT0S}, {@code https://}, a second {@code #} &mdash; so that a test can compare two judges of
 * the same string. Nothing here knows which side a value is on.
 *
 * <p>No draw contains an unpaired surrogate (regular-expression engines disagree on them, and the
 * schema leaves them to the reader), and each draw is a function of the random generator alone.
 */
final class CandidateValues {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LETTERS = UPPER + "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String HEX = "0123456789abcdefABCDEF";

    /** A grinning face: two chars, one character. */
    private static final String EMOJI = "\uD83D\uDE00";

    /**
     * Characters a URI may or may not hold somewhere: unreserved, reserved and delimiters, the
     * ASCII that is never allowed, and beyond ASCII a letter, spaces (U+00A0, U+2028, U+3000) and
     * controls (U+0080, U+009F) next to U+00A1, the first "other" character java.net.URI allows.
     */
    private static final String URI_CHARACTERS = "abcXYZ019-._~!$&'()*+,;=:@/?#[]%% \"<>\\^`{|}"
            + "\u00e9\u00a0\u0080\u009f\u00a1\u3000\u2028\t";

    private CandidateValues() {}

    /** Two upper-case letters mostly (a third of them assigned), else codes that are not. */
    static String countryCode(SplittableRandom random) {
        switch (random.nextInt(10)) {
            case 0:
                return pick(random, List.of("UK", "EU", "XX", "XK", "AN", "YU", "ZZ", "QO", "AA", "UN"));
            case 1:
                return pick(random, List.of("MX", "UY", "FR", "SS", "BQ", "CW", "SX", "AX", "GB", "US"));
            case 2:
                return from(random, LETTERS + DIGITS + " ", random.nextInt(4));
            default:
                return from(random, UPPER, 2);
        }
    }

    /**
     * A zone id in one of the forms {@code ZoneId.of} reads as an offset: a sign, digits and colons,
     * alone or after UTC, GMT or UT; now and then Z, a prefix alone, or a sign that is not one.
     * Never a prefix followed by anything but a sign, which would be a region id.
     */
    static String offsetZone(SplittableRandom random) {
        if (random.nextInt(20) == 0) {
            return pick(random, List.of("Z", "z", "", "UTC", "GMT", "UT", "+", "-", "0", "A", "UTC+", "GMT-"));
        }
        String prefix = pick(random, List.of("", "", "", "UTC", "GMT", "UT"));
        String sign = random.nextBoolean() ? "+" : "-";
        if (random.nextInt(15) == 0) {
            // A minus sign, a space, a star: not signs, and not characters of a region id either.
            sign = pick(random, List.of("\u2212", " ", "*"));
        } else if (prefix.isEmpty() && random.nextInt(15) == 0) {
            sign = "";
        }
        String body;
        if (random.nextInt(3) == 0) {
            body = from(random, DIGITS + ":", random.nextInt(10));
        } else {
            int hours = random.nextInt(4) == 0 ? 17 + random.nextInt(3) : random.nextInt(26);
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? String.valueOf(hours) : twoDigits(hours));
            for (int part = 0; part < 2 && random.nextInt(3) > 0; part++) {
                if (random.nextInt(4) > 0) {
                    b.append(':');
                }
                int value = random.nextInt(4) == 0 ? 0 : random.nextInt(66);
                b.append(random.nextInt(8) == 0 ? String.valueOf(value) : twoDigits(value));
            }
            body = b.toString();
        }
        return prefix + sign + body;
    }

    /**
     * A date {@code YYYY-MM-DD}: years 0000 to {@code lastYear}, with a weight on the first years,
     * on centuries and on multiples of 4; months 00 to 13; days 00 to 32, with a weight on 28 to 31.
     * Now and then a year or a day not padded to its width.
     */
    static String date(SplittableRandom random, int lastYear) {
        int year;
        switch (random.nextInt(6)) {
            case 0:
                year = random.nextInt(12);
                break;
            case 1:
                year = 100 * random.nextInt(lastYear / 100 + 1);
                break;
            case 2:
                year = 4 * random.nextInt(lastYear / 4 + 1);
                break;
            case 3:
                year = lastYear - random.nextInt(10);
                break;
            default:
                year = random.nextInt(lastYear + 1);
        }
        int month = random.nextInt(5) == 0 ? random.nextInt(14) : 1 + random.nextInt(12);
        int day = random.nextInt(3) == 0 ? 28 + random.nextInt(5) : random.nextInt(33);
        String y = random.nextInt(30) == 0 ? String.valueOf(year) : String.format(Locale.ROOT, "%04d", year);
        String d = random.nextInt(40) == 0 ? String.valueOf(day) : twoDigits(day);
        return y + "-" + twoDigits(month) + "-" + d;
    }

    /** A date as {@link #date} draws it, {@code T}, and a time: mostly one that exists. */
    static String dateTime(SplittableRandom random, int lastYear) {
        String time;
        switch (random.nextInt(8)) {
            case 0:
                time = pick(random, List.of("24:00", "23:60", "9:30", "12:00:60", "12:00:00.", "12:00:00.1234567890"));
                break;
            case 1:
                time = twoDigits(random.nextInt(24)) + ":" + twoDigits(random.nextInt(60)) + ":"
                        + twoDigits(random.nextInt(60)) + "." + from(random, DIGITS, 1 + random.nextInt(9));
                break;
            default:
                time = twoDigits(random.nextInt(24)) + ":" + twoDigits(random.nextInt(60));
        }
        return date(random, lastYear) + "T" + time;
    }

    /**
     * A language tag of one to six subtags of every shape (letters, digits, both; one to nine
     * characters; singletons), in any case, joined by hyphens and now and then by something else;
     * or a grandfathered tag, whole or with a subtag too many.
     */
    static String languageTag(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            String legacy = pick(random, List.of("en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak",
                    "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR",
                    "sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
                    "zh-min", "zh-min-nan", "zh-xiang", "I-KLINGON", "EN-gb-OED"));
            return random.nextBoolean() ? legacy : legacy + pick(random, List.of("-a", "-x-y", "x", "-", "-abc", "-12345"));
        }
        StringBuilder tag = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                tag.append(random.nextInt(40) == 0 ? pick(random, List.of("_", "--", " ", "")) : "-");
            }
            switch (random.nextInt(7)) {
                case 0:
                    tag.append(from(random, LETTERS, 1 + random.nextInt(9)));
                    break;
                case 1:
                    tag.append(from(random, LETTERS, 2 + random.nextInt(3)));
                    break;
                case 2:
                    tag.append(from(random, DIGITS, 1 + random.nextInt(4)));
                    break;
                case 3:
                    tag.append(from(random, LETTERS + DIGITS, 1 + random.nextInt(9)));
                    break;
                case 4:
                    tag.append(pick(random, List.of("x", "X", "a", "u", "t", "1", "i")));
                    break;
                case 5:
                    tag.append(from(random, DIGITS, 1)).append(from(random, LETTERS + DIGITS, 3));
                    break;
                default:
                    tag.append(from(random, LETTERS, 2 + random.nextInt(7)));
            }
        }
        if (random.nextInt(30) == 0) {
            tag.append('-');
        }
        if (random.nextInt(30) == 0) {
            tag.insert(0, '-');
        }
        return tag.toString();
    }

    /**
     * A duration {@code PnDTnHnMn.nS} with components of one to three digits, a third of them all
     * zeros, and fractions of up to ten digits; now and then a week, a unit twice or out of order, a
     * lower-case letter or a minus sign.
     */
    static String duration(SplittableRandom random) {
        StringBuilder d = new StringBuilder();
        if (random.nextInt(30) == 0) {
            d.append('-');
        }
        d.append(random.nextInt(40) == 0 ? 'p' : 'P');
        if (random.nextInt(3) == 0) {
            d.append(number(random)).append(random.nextInt(30) == 0 ? 'W' : 'D');
        }
        if (random.nextInt(4) > 0) {
            d.append(random.nextInt(30) == 0 ? 't' : 'T');
            if (random.nextBoolean()) {
                d.append(number(random)).append('H');
            }
            if (random.nextBoolean()) {
                d.append(number(random)).append('M');
            }
            if (random.nextBoolean()) {
                d.append(number(random));
                if (random.nextInt(3) == 0) {
                    int digits = random.nextInt(11);
                    d.append('.').append(random.nextInt(4) == 0 ? "0".repeat(digits) : from(random, DIGITS, digits));
                }
                d.append('S');
            }
            if (random.nextInt(30) == 0) {
                d.append(number(random)).append('H');
            }
        }
        return d.toString();
    }

    /**
     * A URI-like string: a scheme (now and then a malformed one, or no colon), then an opaque
     * part, a path, or {@code //} and an authority &mdash; a registry name of random characters, an
     * IPv4 address, or an IPv6 literal of zero to nine groups with or without {@code ::}, an IPv4
     * tail and a zone, sometimes unclosed &mdash; with user info and ports around 2<sup>31</sup>;
     * then a path, a query and a fragment of random characters, {@code [ ] # %} among them.
     */
    static String uri(SplittableRandom random) {
        StringBuilder uri = new StringBuilder(random.nextInt(15) == 0
                ? pick(random, List.of("", "1a", "h t", "\u00e9", "a_b", "-a"))
                : pick(random, List.of("https", "http", "mailto", "urn", "a", "A1+.-", "tel")));
        if (random.nextInt(20) > 0) {
            uri.append(':');
        }
        switch (random.nextInt(5)) {
            case 0:
                uri.append(uriPart(random, 8));
                break;
            case 1:
                uri.append('/').append(uriPart(random, 8));
                break;
            default:
                uri.append("//").append(authority(random));
                if (random.nextBoolean()) {
                    uri.append('/').append(uriPart(random, 6));
                }
        }
        if (random.nextInt(3) == 0) {
            uri.append('?').append(uriPart(random, 6));
        }
        if (random.nextInt(3) == 0) {
            uri.append('#').append(uriPart(random, 6));
        }
        return uri.toString();
    }

    /**
     * An authority: a registry name of random characters; an IPv6 literal, sometimes unclosed, or an
     * IPv4 address, after user info now and then; or a host name of letters, hyphens and dots. All
     * but the first now and then with a port.
     */
    private static String authority(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return uriPart(random, 8);
            case 1:
                return userInfo(random) + "[" + ipv6(random) + (random.nextInt(10) == 0 ? "" : "]") + port(random);
            case 2:
                return userInfo(random) + ipv4(random) + port(random);
            default:
                return from(random, "abcdefghij-.", random.nextInt(12)) + port(random);
        }
    }

    /** User info and its {@code @}, a third of the time; else nothing. */
    private static String userInfo(SplittableRandom random) {
        return random.nextInt(3) == 0 ? uriPart(random, 3) + "@" : "";
    }

    /** Zero to {@code most} characters of a URI, or escapes (good and bad), or an emoji. */
    private static String uriPart(SplittableRandom random, int most) {
        StringBuilder part = new StringBuilder();
        int length = random.nextInt(most + 1);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                part.append('%').append(from(random, HEX + "gz", 2));
            } else if (kind == 1) {
                part.append(EMOJI);
            } else if (kind < 8) {
                part.append(URI_CHARACTERS.charAt(random.nextInt(URI_CHARACTERS.length())));
            } else {
                part.append(from(random, "abcdefghijklmnopqrstuvwxyz0123456789-._~", 1));
            }
        }
        return part.toString();
    }

    private static String ipv6(SplittableRandom random) {
        StringBuilder address = new StringBuilder();
        int groups = random.nextInt(10);
        int gap = random.nextInt(3) == 0 ? -1 : random.nextInt(groups + 1);
        for (int i = 0; i < groups; i++) {
            if (i == gap) {
                address.append("::");
            } else if (i > 0) {
                address.append(':');
            }
            address.append(from(random, HEX + "g", random.nextInt(8) == 0 ? random.nextInt(6) : 1 + random.nextInt(4)));
        }
        if (gap == groups) {
            address.append("::");
        }
        if (random.nextInt(5) == 0) {
            address.append(random.nextBoolean() ? ":" : "").append(ipv4(random))
                    .append(random.nextInt(8) == 0 ? ".1" : "");
        }
        if (random.nextInt(15) == 0) {
            address.append("::");
        }
        if (random.nextInt(6) == 0) {
            address.append('%').append(from(random, "abc01_.%-\u00e9", random.nextInt(5)));
        }
        return address.toString();
    }

    /** Four numbers 0 to 309, some with leading zeros. */
    private static String ipv4(SplittableRandom random) {
        StringBuilder address = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int value = random.nextInt(5) == 0 ? 250 + random.nextInt(10) : random.nextInt(310);
            address.append(i > 0 ? "." : "").append(random.nextInt(6) == 0 ? "0".repeat(1 + random.nextInt(2)) : "")
                    .append(value);
        }
        return address.toString();
    }

    /** A colon and a port number, or something like one, half of the time; else nothing. */
    private static String port(SplittableRandom random) {
        return random.nextBoolean() ? ":" + portNumber(random) : "";
    }

    private static String portNumber(SplittableRandom random) {
        switch (random.nextInt(5)) {
            case 0:
                return "";
            case 1:
                return String.valueOf(Integer.MAX_VALUE - 7L + random.nextInt(20));
            case 2:
                return "0".repeat(random.nextInt(12)) + from(random, DIGITS, 1 + random.nextInt(10));
            case 3:
                return from(random, DIGITS, random.nextInt(6)) + (random.nextInt(3) == 0 ? "a" : "");
            default:
                return from(random, DIGITS, 1 + random.nextInt(5));
        }
    }

    private static String number(SplittableRandom random) {
        return random.nextInt(3) == 0 ? "0".repeat(1 + random.nextInt(3)) : from(random, DIGITS, 1 + random.nextInt(3));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String from(SplittableRandom random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
