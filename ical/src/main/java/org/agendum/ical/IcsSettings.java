package org.agendum.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat.Profile;
import org.agendum.ical.internal.Uids;
import org.agendum.ical.internal.write.CalendarWriter;

/**
 * What an {@link IcsEventFormat} is set to write, and writing an event that way. The format checks
 * each value and documents it; this class holds them. An instance is changed only by {@link
 * #with(Consumer)}, on a copy, before a format holds it: a format's settings never change.
 */
final class IcsSettings implements Cloneable {

    /** The settings of a format made with {@link IcsEventFormat#create()}. */
    static final IcsSettings DEFAULTS = new IcsSettings();

    Clock clock = Clock.systemUTC();
    boolean blocks = true;
    /** The zones programme times are shown in, or empty for each event's own display zones. */
    Optional<List<DisplayZone>> displayZones = Optional.empty();
    Profile profile = Profile.PUBLISH;
    String uidDomain = Uids.DEFAULT_DOMAIN;
    Locale locale = Locale.ENGLISH;
    boolean confidential;

    private IcsSettings() {}

    /**
     * A copy of these settings with a change, such as {@code s -> s.blocks = false}. The copy is
     * {@link Object#clone()}'s, field by field: every field is a primitive or an immutable value.
     */
    IcsSettings with(Consumer<IcsSettings> change) {
        IcsSettings copy;
        try {
            copy = (IcsSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("IcsSettings is Cloneable", e);
        }
        change.accept(copy);
        return copy;
    }

    /** Writes an event as these settings say: what it holds in confidence withheld unless set. */
    void write(Event event, OutputStream out) throws IOException {
        CalendarWriter.write(confidential ? event : event.withoutConfidential(),
                new CalendarWriter.Options(clock.instant(), blocks, displayZones.orElse(event.displayZones()),
                        profile == Profile.RICH, uidDomain, locale), out);
    }

    @Override
    public String toString() {
        return profile.name().toLowerCase(Locale.ROOT) + ", blocks=" + blocks + ", clock=" + clock + ", uidDomain="
                + uidDomain + ", locale=" + locale.toLanguageTag() + ", confidential=" + confidential
                + displayZones.map(z -> ", displayZones=" + z).orElse("");
    }
}
