package org.agendum.jscalendar.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings of RFC 8984's data types (§1.4) that the writer produces and the reader takes:
 * {@code Id}, {@code LocalDateTime}, {@code UTCDateTime} and {@code Duration}, and the {@code uid}s
 * agendum derives from its ids.
 */
final class JsValues {

    /** The suffix of every uid agendum writes. */
    static final String UID_DOMAIN = "@agendum";

    /** The start of the category URIs that name tracks. */
    private static final String TRACK_URN = "urn:agendum:track:";

    /** RFC 8984 §1.4.3–1.4.4: seconds always written, a fraction only when not zero, without trailing zeros. */
    private static final Pattern LOCAL_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d*[1-9])?");

    /** RFC 8984 §1.4.6: weeks, or days and an exact time; no years or months. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d*[1-9]))?S)?)?)");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private JsValues() {}

    /** The uid of an event's entry: its id, percent-encoded, then {@value #UID_DOMAIN}. */
    static String eventUid(String eventId) {
        return percentEncode(eventId) + UID_DOMAIN;
    }

    /** The uid of a block's entry: the event's and the block's ids, percent-encoded, joined by a dot. */
    static String blockUid(String eventId, String blockId) {
        return percentEncode(eventId) + "." + percentEncode(blockId) + UID_DOMAIN;
    }

    /** The uid of the Group that holds the entries. */
    static String groupUid(String eventId) {
        return percentEncode(eventId) + "+programme" + UID_DOMAIN;
    }

    /** The category URI of a track: {@code urn:agendum:track:} and its id, percent-encoded. */
    static String trackUri(String trackId) {
        return TRACK_URN + percentEncode(trackId);
    }

    /** The track id of a category URI {@link #trackUri} wrote; empty for any other category. */
    static Optional<String> trackOf(String category) {
        return category.startsWith(TRACK_URN) && category.length() > TRACK_URN.length()
                ? percentDecode(category.substring(TRACK_URN.length()))
                : Optional.empty();
    }

    /**
     * The id in a uid agendum wrote: the block's for a block's entry, the event's for the event's;
     * empty for any other uid.
     */
    static Optional<String> idInUid(String uid) {
        if (!uid.endsWith(UID_DOMAIN)) {
            return Optional.empty();
        }
        String encoded = uid.substring(0, uid.length() - UID_DOMAIN.length());
        if (!encoded.matches("[A-Za-z0-9_~%-]+(\\.[A-Za-z0-9_~%-]+)?")) {
            return Optional.empty();
        }
        return percentDecode(encoded.substring(encoded.indexOf('.') + 1));
    }

    /**
     * An agendum id as an RFC 8984 §1.4.1 {@code Id} (letters, digits, {@code -} and {@code _}): other
     * characters, and the underscore itself, as {@code _} and two hex digits per UTF-8 byte.
     */
    static String toId(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The agendum id an {@code Id} key stands for: {@link #toId} undone; a key it did not write is kept. */
    static String fromId(String key) {
        return escapedDecode(key, '_').orElse(key);
    }

    private static String percentEncode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static Optional<String> percentDecode(String encoded) {
        return escapedDecode(encoded, '%');
    }

    /** Decodes an escape character and two hex digits per byte; empty if malformed or not UTF-8. */
    private static Optional<String> escapedDecode(String encoded, char escape) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == escape) {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A {@code LocalDateTime}: seconds always, a fraction only when there is one. */
    static String localDateTime(LocalDateTime dateTime) {
        String text = dateTime.truncatedTo(ChronoUnit.SECONDS).format(SECONDS);
        if (dateTime.getNano() == 0) {
            return text;
        }
        String fraction = String.format(Locale.ROOT, "%09d", dateTime.getNano()).replaceAll("0+$", "");
        return text + "." + fraction;
    }

    /** A {@code UTCDateTime} to the second. */
    static String utcDateTime(Instant instant) {
        return localDateTime(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)) + "Z";
    }

    /** Reads a {@code LocalDateTime}; empty if it is not one (an offset, a missing second, a bad date). */
    static Optional<LocalDateTime> parseLocalDateTime(String text) {
        if (!LOCAL_DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The duration from one time to another as RFC 8984 reads it (§1.4.6): whole nominal days, so
     * that a day across a change of offset is still a day, then the exact time left.
     */
    static String duration(ZonedDateTime start, ZonedDateTime end) {
        long days = ChronoUnit.DAYS.between(start.toLocalDateTime(), end.toLocalDateTime());
        while (days > 0 && start.plusDays(days).isAfter(end)) {
            days--;
        }
        Duration time = Duration.between(start.plusDays(Math.max(days, 0)), end);
        String exact = duration(time);
        return days <= 0 ? exact : "P" + days + "D" + (time.isZero() ? "" : exact.substring(1));
    }

    /** An exact duration as hours, minutes and seconds ({@code PT0S} for zero): no nominal days. */
    static String duration(Duration duration) {
        if (duration.isZero()) {
            return "PT0S";
        }
        StringBuilder text = new StringBuilder("PT");
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        int nanos = duration.toNanosPart();
        if (hours > 0) {
            text.append(hours).append('H');
        }
        boolean withSeconds = seconds > 0 || nanos > 0;
        // RFC 8984 §1.4.6 (RFC 5545's dur-time): an hour is followed by minutes before any seconds.
        if (minutes > 0 || (hours > 0 && withSeconds)) {
            text.append(minutes).append('M');
        }
        if (withSeconds) {
            text.append(seconds);
            if (nanos > 0) {
                text.append('.').append(String.format(Locale.ROOT, "%09d", nanos).replaceAll("0+$", ""));
            }
            text.append('S');
        }
        return text.toString();
    }

    /** A JSCalendar duration read: nominal days (weeks are seven) and an exact time. */
    record NominalDuration(long days, Duration time) {}

    /** Reads a {@code Duration}; empty if it is not one of RFC 8984's spelling. */
    static Optional<NominalDuration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return Optional.empty();
        }
        try {
            if (m.group(1) != null) {
                return Optional.of(new NominalDuration(Math.multiplyExact(Long.parseLong(m.group(1)), 7), Duration.ZERO));
            }
            long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            Duration time = Duration.ofHours(number(m.group(3))).plusMinutes(number(m.group(4)))
                    .plusSeconds(number(m.group(5)));
            if (m.group(6) != null) {
                time = time.plusNanos(Long.parseLong((m.group(6) + "000000000").substring(0, 9)));
            }
            return Optional.of(new NominalDuration(days, time));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
