package org.agendum.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integer ids conference apps need ({@code event@id}, {@code person@id}: ConfClerk refuses
 * others) for agendum's text ids. An id that already is a number from 1 to 2<sup>31</sup>&minus;1,
 * or {@code person-} and such a number (as the importer names a frab person), keeps it, so a
 * schedule that was imported exports with its own ids; another id gets a number derived from its
 * {@linkplain #guid(String) name-based UUID}, stable across exports, the next free one when two
 * collide (in document order).
 */
final class NumericIds {

    private static final Pattern NUMBER = Pattern.compile("(?:person-)?([1-9][0-9]{0,9})");
    private static final long MAX = Integer.MAX_VALUE;

    private NumericIds() {}

    /**
     * Returns the name-based UUID (RFC 4122 version 3) of a name: the same name gives the same UUID
     * in every export, so that a re-export updates what apps have instead of adding to it.
     *
     * @param name the name, such as the event's id, a slash and a block's occurrence id
     * @return the UUID
     */
    static UUID guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Assigns the integer ids.
     *
     * @param keys the text ids, in document order, each once
     * @param namespace what the keys are ids of within the event ("event-id/block"), for the derived numbers
     * @return the number of each key
     */
    static Map<String, Long> assign(List<String> keys, String namespace) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Set<Long> used = new HashSet<>();
        for (String key : keys) {
            Matcher number = NUMBER.matcher(key);
            if (number.matches() && Long.parseLong(number.group(1)) <= MAX && used.add(Long.parseLong(number.group(1)))) {
                ids.put(key, Long.parseLong(number.group(1)));
            }
        }
        for (String key : keys) {
            if (!ids.containsKey(key)) {
                long id = (guid(namespace + "/" + key).getMostSignificantBits() >>> 33) + 1;
                while (!used.add(id)) {
                    id = id == MAX ? 1 : id + 1;
                }
                ids.put(key, id);
            }
        }
        return ids;
    }
}
