package org.agendum.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How enum constants are spelled in JSON: lower case with hyphens ({@code QUESTIONS_AND_ANSWERS}
 * is {@code "questions-and-answers"}). Written out here, not taken from the Java names at run time
 * by reflection, and the same for every enum, so the schema can list them.
 */
final class EnumNames {

    private EnumNames() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> String allOf(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append('"').append(of(constant)).append('"');
        }
        return names.toString();
    }

    /** The constants of one enum by their JSON names, worked out once, for readers. */
    static final class Lookup<E extends Enum<E>> {
        private final Map<String, E> byName;
        private final String allOf;

        private Lookup(Class<E> type) {
            E[] constants = type.getEnumConstants();
            byName = new HashMap<>(constants.length * 2);
            for (E constant : constants) {
                byName.put(EnumNames.of(constant), constant);
            }
            allOf = EnumNames.allOf(type);
        }

        static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
            return new Lookup<>(type);
        }

        /** The constant spelt {@code name}, or null. */
        E get(String name) {
            return byName.get(name);
        }

        /** Every JSON name, quoted, in declaration order: {@code "a", "b"}. */
        String allOf() {
            return allOf;
        }
    }
}
