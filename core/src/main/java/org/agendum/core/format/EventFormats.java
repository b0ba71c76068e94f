package org.agendum.core.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds {@link EventFormat}s installed as services, by name or by file name.
 *
 * <p>Formats are loaded afresh on every call (nothing is cached in static state) and listed in
 * order of name, so the result never depends on class-path order. Two installed formats with the
 * same name are an error rather than a silent choice.
 */
public final class EventFormats {

    private EventFormats() {}

    /**
     * Returns the formats visible to the context class loader of the current thread (and, on the
     * module path, to the modules that provide them), in order of name.
     *
     * @return the formats, possibly empty
     * @throws IllegalStateException if two formats have the same name
     */
    public static List<EventFormat> available() {
        return sorted(ServiceLoader.load(EventFormat.class));
    }

    /**
     * Returns the formats visible to a class loader, in order of name.
     *
     * @param loader the class loader to find providers with
     * @return the formats, possibly empty
     * @throws IllegalStateException if two formats have the same name
     */
    public static List<EventFormat> available(ClassLoader loader) {
        return sorted(ServiceLoader.load(EventFormat.class, Objects.requireNonNull(loader, "loader")));
    }

    /**
     * Finds an installed format by name, ignoring case.
     *
     * @param name the name ("json", "ics")
     * @return the format, if one is installed under that name
     * @throws IllegalStateException if two formats have the same name
     */
    public static Optional<EventFormat> find(String name) {
        String wanted = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        return available().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * Finds an installed format by name, ignoring case, or fails with the names that are installed.
     *
     * @param name the name ("json", "ics")
     * @return the format
     * @throws IllegalArgumentException if no format has that name
     * @throws IllegalStateException if two formats have the same name
     */
    public static EventFormat get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no event format named '" + name + "'; installed: " + names(available())));
    }

    /**
     * Finds an installed format by the extension of a file name, ignoring case.
     *
     * <p>An extension may be compound ({@code schedule.json}): a format matches when its extension,
     * after a dot, ends the file name and something comes before that dot. When several formats
     * match, the longest extension wins, so {@code talks.schedule.json} is the format whose
     * extension is {@code schedule.json} while {@code talks.json} stays the one whose extension is
     * {@code json}; between formats with the same extension, the first in order of name.
     *
     * @param fileName a file name or path ending in an extension ("seminar.json")
     * @return the format, if one writes files with that extension
     * @throws IllegalStateException if two formats have the same name
     */
    public static Optional<EventFormat> forFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        String name = lower.substring(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
        return available().stream()
                .filter(f -> matches(name, f.fileExtension().toLowerCase(Locale.ROOT)))
                .reduce((best, f) -> f.fileExtension().length() > best.fileExtension().length() ? f : best);
    }

    /** Whether a file name (without folders) ends in a dot and an extension, with something before the dot. */
    private static boolean matches(String name, String extension) {
        return !extension.isEmpty() && name.length() > extension.length() + 1 && name.endsWith("." + extension);
    }

    private static List<EventFormat> sorted(ServiceLoader<EventFormat> loader) {
        List<EventFormat> formats = new ArrayList<>();
        loader.forEach(formats::add);
        formats.sort(Comparator.comparing((EventFormat f) -> f.name().toLowerCase(Locale.ROOT))
                .thenComparing(f -> f.getClass().getName()));
        for (int i = 1; i < formats.size(); i++) {
            if (formats.get(i).name().equalsIgnoreCase(formats.get(i - 1).name())) {
                throw new IllegalStateException("two event formats are named '" + formats.get(i).name() + "': "
                        + formats.get(i - 1).getClass().getName() + " and " + formats.get(i).getClass().getName());
            }
        }
        return List.copyOf(formats);
    }

    private static String names(List<EventFormat> formats) {
        return formats.isEmpty() ? "none" : formats.stream().map(EventFormat::name).collect(Collectors.joining(", "));
    }
}
