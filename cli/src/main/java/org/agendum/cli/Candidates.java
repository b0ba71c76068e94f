package org.agendum.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormats;
import org.agendum.core.format.FormatOption;
import org.agendum.core.text.ProgrammeLabels;

/**
 * The values tab completion offers for an option (picocli's {@code completionCandidates}), spelled
 * as the help shows them: the installed formats' names, their options' values, the languages.
 *
 * <p>Each class asks {@link EventFormats} only when iterated, that is when {@code
 * generate-completion} writes its script, so other commands do not load the formats for it.
 */
final class Candidates {

    private Candidates() {}

    /** Values computed when iterated. */
    private abstract static class Lazy implements Iterable<String> {
        @Override
        public final Iterator<String> iterator() {
            return values().iterator();
        }

        abstract List<String> values();
    }

    /** The installed formats that read events ({@code --from}). */
    static final class Readers extends Lazy {
        @Override
        List<String> values() {
            return names(EventFormat::canRead);
        }
    }

    /** The installed formats that write events ({@code --to}). */
    static final class Writers extends Lazy {
        @Override
        List<String> values() {
            return names(EventFormat::canWrite);
        }
    }

    /** Every value of the writers' {@code profile} option ({@code --profile}). */
    static final class Profiles extends Lazy {
        @Override
        List<String> values() {
            return optionValues("profile");
        }
    }

    /** Every value of the writers' {@code locale} option ({@code convert --locale}). */
    static final class FormatLocales extends Lazy {
        @Override
        List<String> values() {
            return optionValues("locale");
        }
    }

    /**
     * Every {@code NAME=VALUE} the writers' options take ({@code -O}): one per value of a choice,
     * and {@code NAME=} for a text option.
     */
    static final class Settings extends Lazy {
        @Override
        List<String> values() {
            TreeSet<String> all = new TreeSet<>();
            for (FormatOption option : options()) {
                if (option.values().isEmpty()) {
                    all.add(option.name() + "=");
                }
                option.values().forEach(value -> all.add(option.name() + "=" + value));
            }
            return List.copyOf(all);
        }
    }

    /** The languages {@code show} has labels in ({@code show --locale}). */
    static final class LabelLocales extends Lazy {
        @Override
        List<String> values() {
            return ProgrammeLabels.locales().stream().map(Locale::toLanguageTag).toList();
        }
    }

    /** The report formats of {@code validate}, in lower case as its help shows them. */
    static final class ReportFormats extends Lazy {
        @Override
        List<String> values() {
            return Arrays.stream(ValidateCommand.ReportFormat.values())
                    .map(format -> format.name().toLowerCase(Locale.ROOT)).toList();
        }
    }

    private static List<String> names(Predicate<EventFormat> able) {
        return EventFormats.available().stream().filter(able).map(EventFormat::name).toList();
    }

    private static List<String> optionValues(String name) {
        TreeSet<String> values = new TreeSet<>();
        for (FormatOption option : options()) {
            if (option.name().equals(name)) {
                values.addAll(option.values());
            }
        }
        return List.copyOf(values);
    }

    private static List<FormatOption> options() {
        return EventFormats.available().stream().filter(EventFormat::canWrite)
                .flatMap(format -> format.options().stream()).toList();
    }
}
