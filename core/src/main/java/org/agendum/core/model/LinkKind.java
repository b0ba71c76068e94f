package org.agendum.core.model;

/**
 * What a {@link Link} is for, so that a programme, a calendar or a web page can say "Slides" or
 * "Recording" without parsing its label. A link with no kind is a related resource whose purpose
 * is not stated; its label, if any, says what it is.
 */
public enum LinkKind {
    /** The slides or other material shown: a presentation, a handout. */
    SLIDES,
    /** A video about or shown in the block or the event, or its live stream as a page to watch. */
    VIDEO,
    /** The recording of the block or the event, audio or video, published after it was held. */
    RECORDING,
    /** A form or page to give feedback on the block or the event. */
    FEEDBACK,
    /** Anything else: a web page, a document, a registration form. */
    OTHER
}
