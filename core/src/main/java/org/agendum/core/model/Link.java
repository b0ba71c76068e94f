package org.agendum.core.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to a related resource: a web page, a document, a recording. Its {@link #kind() kind}
 * says what it is for (slides, a video, a recording, a feedback form), its {@link #label() label}
 * what a reader sees:
 *
 * <pre>{@code
 * Link slides = Link.of(URI.create("https://example.org/slides.pdf"), "Slides (PDF)").withKind(LinkKind.SLIDES);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Link extends LinkWithers {

    Link() {}

    /**
     * Obtains a link with a label.
     *
     * @param url the absolute URI
     * @param label what the link is, as a reader would see it
     * @return the link
     */
    public static Link of(URI url, String label) {
        return ImmutableLink.builder().url(url).label(label).build();
    }

    /**
     * Obtains a link without a label.
     *
     * @param url the absolute URI
     * @return the link
     */
    public static Link of(URI url) {
        return ImmutableLink.builder().url(url).build();
    }

    /**
     * Returns where the link leads.
     *
     * @return an absolute URI
     * @refusedIf the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract URI url();

    /**
     * Returns what the link is, as a reader would see it.
     *
     * @return the label, if any
     * @refusedIf the label is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> label();

    /**
     * Returns what the link is for: slides, a video, a recording, a feedback form.
     *
     * @return the kind, if stated
     */
    public abstract Optional<LinkKind> kind();

    @Value.Check
    final void check() {
        Checks.absolute(url(), "/url");
        Checks.text(label(), "/label");
    }

}
