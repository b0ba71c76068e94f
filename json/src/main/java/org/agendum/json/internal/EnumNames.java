package org.agendum.json.internal;

import java.util.Locale;
import java.util.Optional;

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

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> String allOf(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append('"').append(of(constant)).append('"');
        }
        return names.toString();
    }
}
