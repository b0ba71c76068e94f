package org.agendum.json.internal.read;

import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Localization;

/** The languages of an event and its blocks: interpretation channels and texts translated. */
final class LanguageFields {

    private LanguageFields() {}

    static final Fields<Interpretation.Builder, Interpretation> INTERPRETATION =
            Fields.of("interpretation", Interpretation::builder, Interpretation.Builder::build)
                    .required("language", (in, i) -> i.language(in.text()))
                    .optional("sourceLanguage", (in, i) -> i.sourceLanguage(in.text()))
                    .optional("channel", (in, i) -> i.channel(in.text()))
                    .build();

    static final Fields<Localization.Builder, Localization> LOCALIZATION =
            Fields.of("localization", Localization::builder, Localization.Builder::build)
                    .required("language", (in, l) -> l.language(in.text()))
                    .optional("title", (in, l) -> l.title(in.text()))
                    .optional("subtitle", (in, l) -> l.subtitle(in.text()))
                    .optional("description", (in, l) -> l.description(in.text()))
                    .build();
}
