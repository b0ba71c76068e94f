package org.agendum.ical;

import java.util.List;
import java.util.Locale;
import org.agendum.core.format.FormatOption;
import org.agendum.ical.IcsEventFormat.Profile;

/** The options {@link IcsEventFormat} takes from text, and how each reads and sets the format. */
final class IcsOptions {

    private IcsOptions() {}

    static final List<FormatOption> ALL = List.of(
            FormatOption.choice("profile", "What the file carries: publish (safe for calendar clients) or rich (also"
                    + " RFC 9073 participants, the location and the event's JSON, so it reads back without loss).",
                    "publish", "publish", "rich"),
            FormatOption.choice("blocks", "Whether each timed block gets its own calendar entry besides the event's.",
                    "true", "true", "false"),
            FormatOption.text("uid-domain", "The domain of the entries' UIDs, such as events.example.org; keep yours"
                    + " once chosen.", IcsEventFormat.DEFAULT_UID_DOMAIN),
            FormatOption.choice("locale", "The language of the calendar's texts: their labels, dates and transit"
                    + " modes.", "en", "en", "es", "fr"),
            FormatOption.choice("confidential", "Whether the file carries what the event holds in confidence (the"
                    + " online meeting's passcode): withhold or include.", "withhold", "withhold", "include"));

    /** An option's value in a format, as {@link IcsEventFormat#option(String)} returns it. */
    static String value(IcsEventFormat format, String name) {
        return switch (name) {
            case "profile" -> format.profile().name().toLowerCase(Locale.ROOT);
            case "blocks" -> Boolean.toString(format.blocks());
            case "locale" -> format.locale().toLanguageTag();
            case "confidential" -> format.confidential() ? "include" : "withhold";
            default -> format.uidDomain();
        };
    }

    /** A format with an option set to a value already checked against the option. */
    static IcsEventFormat with(IcsEventFormat format, String name, String checked) {
        return switch (name) {
            case "profile" -> format.withProfile(checked.equals("rich") ? Profile.RICH : Profile.PUBLISH);
            case "blocks" -> format.withBlocks(Boolean.parseBoolean(checked));
            case "locale" -> format.withLocale(Locale.forLanguageTag(checked));
            case "confidential" -> format.withConfidential(checked.equals("include"));
            default -> format.withUidDomain(checked);
        };
    }
}
