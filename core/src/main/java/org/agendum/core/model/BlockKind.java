package org.agendum.core.model;

/** What kind of block an {@link AgendaBlock} is. */
public enum BlockKind {
    /** Arrival and registration of attendees ("Registro"). */
    REGISTRATION,
    /** Welcome or opening words ("Inauguración", "Bienvenida"). */
    OPENING,
    /** An introduction to the topic ("Introducción"). */
    INTRODUCTION,
    /** A keynote address. */
    KEYNOTE,
    /** A panel of several speakers, usually moderated. */
    PANEL,
    /** A single talk or presentation. */
    TALK,
    /** A hands-on or working session. */
    WORKSHOP,
    /** A moderated discussion or dialogue. */
    DISCUSSION,
    /** Questions and answers ("Sesión de preguntas y respuestas"). */
    QUESTIONS_AND_ANSWERS,
    /** A break ("Pausa café"). */
    BREAK,
    /** A meal ("Almuerzo"). */
    MEAL,
    /** Time for networking. */
    NETWORKING,
    /** Conclusions and closing words ("Cierre"). */
    CLOSING,
    /** Anything else. */
    OTHER
}
