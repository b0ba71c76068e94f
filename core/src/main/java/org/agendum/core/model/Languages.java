package org.agendum.core.model;

import java.util.List;

/** BCP 47 language tags compared as the RFC says: without regard to case (RFC 5646 §2.1.1). */
final class Languages {

    private Languages() {}

    /** Whether two tags name the same language: {@code "pt-BR"} and {@code "pt-br"} do. */
    static boolean same(String tag, String other) {
        return tag.equalsIgnoreCase(other);
    }

    /** Refuses a second localization in a language already localized, at {@code path/index/language}. */
    static void unique(List<Localization> localizations, String path) {
        for (int i = 1; i < localizations.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (localizations.get(j).isIn(localizations.get(i).language())) {
                    throw Checks.violation(Invariant.DUPLICATE_LOCALIZATION, path + "/" + i + "/language",
                            "language '" + localizations.get(i).language() + "' is already localized at "
                                    + path + "/" + j);
                }
            }
        }
    }

    /**
     * Refuses localizations without a default language to tell them from, and a localization in the
     * default language itself: the untranslated texts are in it.
     */
    static void localizedBeside(List<Localization> localizations, String defaultLanguage, String path) {
        for (int i = 0; i < localizations.size(); i++) {
            if (defaultLanguage == null) {
                throw Checks.violation(Invariant.LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE, path + "/" + i,
                        "a localization needs the event's default language, the first of its languages: the event "
                                + "lists none");
            }
            if (localizations.get(i).isIn(defaultLanguage)) {
                throw Checks.violation(Invariant.LOCALIZATION_OF_DEFAULT_LANGUAGE, path + "/" + i + "/language",
                        "language '" + localizations.get(i).language() + "' is the event's default language: "
                                + "the untranslated title and description are in it already");
            }
        }
    }
}
