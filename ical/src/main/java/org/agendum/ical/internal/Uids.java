package org.agendum.ical.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UIDs (RFC 5545 §3.8.4.7) agendum writes, and how to take them apart again.
 *
 * <p>A UID is built from ids and a domain: {@code <event>@<domain>} for the event, {@code
 * <event>.<block>@<domain>} for a block, {@code <event>+registration@<domain>} for the registration
 * deadline, {@code <event>+<kind>.<party>@<domain>} and {@code <event>+venue@<domain>} for the rich
 * profile's components. Ids are percent-encoded (every UTF-8 octet but ASCII letters, digits and
 * {@code -_~}), so no id brings a separator ({@code . + @ %}) of its own, and the same ids and domain
 * always give the same UID: exporting an edited event again updates calendar entries instead of
 * duplicating them.
 */
public final class Uids {

    /** The domain of UIDs unless a format says otherwise. */
    public static final String DEFAULT_DOMAIN = "agendum";

    private static final String REGISTRATION = "+registration";

    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final String event;
    private final String suffix;

    private Uids(String encodedEvent, String domain) {
        this.event = encodedEvent;
        this.suffix = "@" + domain;
    }

    /**
     * Checks a domain for UIDs: a domain name of at most 253 characters, of labels of ASCII
     * letters, digits and hyphens (neither first nor last in a label, at most 63 a label),
     * separated by dots.
     *
     * @param domain the domain
     * @return the domain
     * @throws IllegalArgumentException if {@code domain} is not a domain name
     */
    public static String requireDomain(String domain) {
        if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
            throw new IllegalArgumentException("'" + domain + "' is not a domain name such as events.example.org");
        }
        return domain;
    }

    /**
     * Obtains the UIDs of an event.
     *
     * @param eventId the event's id
     * @param domain the domain after {@code @}
     * @return the UIDs
     */
    public static Uids of(String eventId, String domain) {
        return new Uids(encode(eventId), domain);
    }

    /**
     * Returns the event's UID.
     *
     * @return {@code <event>@<domain>}
     */
    public String event() {
        return event + suffix;
    }

    /**
     * Returns a block's UID.
     *
     * @param blockId the block's id
     * @return {@code <event>.<block>@<domain>}
     */
    public String block(String blockId) {
        return event + "." + encode(blockId) + suffix;
    }

    /**
     * Returns the UID of the registration deadline's entry.
     *
     * @return {@code <event>+registration@<domain>}
     */
    public String registration() {
        return event + REGISTRATION + suffix;
    }

    /**
     * Returns the UID of a component of the rich profile.
     *
     * @param kind what the component is, ASCII letters and hyphens ({@code venue}, {@code speaker})
     * @param id the id of what it describes, if it has one
     * @return {@code <event>+<kind>[.<id>]@<domain>}
     */
    public String part(String kind, Optional<String> id) {
        return event + "+" + kind + id.map(i -> "." + encode(i)).orElse("") + suffix;
    }

    /**
     * Returns whether a text is a whole encoded id: only the characters {@link #encode} writes.
     *
     * @param text the text
     * @return true if it could be an encoded id
     */
    public static boolean isEncodedId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!plain(c) && c != '%') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the block id encoded in a UID of this event, if it is one.
     *
     * @param uid a UID
     * @return the encoded block id, not yet decoded
     */
    public Optional<String> encodedBlockOf(String uid) {
        String prefix = event + ".";
        if (uid.length() > prefix.length() + suffix.length() && uid.startsWith(prefix) && uid.endsWith(suffix)) {
            String block = uid.substring(prefix.length(), uid.length() - suffix.length());
            return isEncodedId(block) ? Optional.of(block) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Percent-encodes the UTF-8 octets of every character but ASCII letters, digits and {@code -_~}.
     *
     * @param id an id, well-formed UTF-16
     * @return the encoded id
     */
    public static String encode(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (plain(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes what {@link #encode} wrote.
     *
     * @param encoded an encoded id
     * @return the id, if {@code encoded} is well-formed percent-encoded UTF-8
     */
    public static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (plain(c)) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean plain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '~';
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
