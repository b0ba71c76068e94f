package org.agendum.json.internal;

import java.util.Arrays;
import java.util.Locale;

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

    /**
     * The constants of one enum by their JSON names, worked out once, for readers. Looked up by
     * length, then compared: a name just read has no hash code yet, and computing one costs more
     * than the few comparisons.
     */
    static final class Lookup<E extends Enum<E>> {
        private final String[][] names;
        private final Object[][] constants;
        private final String allOf;

        private Lookup(Class<E> type) {
            E[] all = type.getEnumConstants();
            int longest = 0;
            for (E constant : all) {
                longest = Math.max(longest, EnumNames.of(constant).length());
            }
            names = new String[longest + 1][0];
            constants = new Object[longest + 1][0];
            for (E constant : all) {
                String name = EnumNames.of(constant);
                int length = name.length();
                names[length] = Arrays.copyOf(names[length], names[length].length + 1);
                names[length][names[length].length - 1] = name;
                constants[length] = Arrays.copyOf(constants[length], constants[length].length + 1);
                constants[length][constants[length].length - 1] = constant;
            }
            allOf = EnumNames.allOf(type);
        }

        static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
            return new Lookup<>(type);
        }

        /** The constant spelt {@code name}, or null. */
        @SuppressWarnings("unchecked") // constants[n] holds constants of E only
        E get(String name) {
            int length = name.length();
            if (length >= names.length) {
                return null;
            }
            String[] candidates = names[length];
            for (int i = 0; i < candidates.length; i++) {
                if (candidates[i].equals(name)) {
                    return (E) constants[length][i];
                }
            }
            return null;
        }

        /** Every JSON name, quoted, in declaration order: {@code "a", "b"}. */
        String allOf() {
            return allOf;
        }
    }
}
