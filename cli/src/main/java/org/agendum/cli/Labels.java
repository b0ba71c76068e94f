package org.agendum.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words {@code agendum show} prints around the event's own text, in English, Spanish and French.
 * Written out here rather than in resource bundles: a dozen words, checked by the compiler and the
 * tests, never depending on the machine's default locale.
 */
enum Labels {
    EN(Locale.ENGLISH, Map.ofEntries(
            Map.entry("programme", "Programme"), Map.entry("provisional", "provisional programme"),
            Map.entry("venue", "Venue"), Map.entry("entrance", "Entrance"), Map.entry("access", "Access"),
            Map.entry("online", "Online"), Map.entry("linkAfterRegistration", "link sent after registration"),
            Map.entry("registration", "Registration"), Map.entry("required", "required"),
            Map.entry("limitedSeats", "limited seats"), Map.entry("seats", "seats"),
            Map.entry("deadline", "last day"), Map.entry("contacts", "Contacts"),
            Map.entry("maximumDuration", "Maximum duration"), Map.entry("moderator", "Moderator"),
            Map.entry("facilitator", "Facilitator"), Map.entry("chair", "Chair"),
            Map.entry("cancelled", "CANCELLED"), Map.entry("postponed", "POSTPONED"),
            Map.entry("tentative", "to be confirmed"))),
    ES(Locale.forLanguageTag("es"), Map.ofEntries(
            Map.entry("programme", "Programa"), Map.entry("provisional", "programa provisional"),
            Map.entry("venue", "Lugar"), Map.entry("entrance", "Entrada"), Map.entry("access", "Acceso"),
            Map.entry("online", "En línea"), Map.entry("linkAfterRegistration", "enlace enviado tras la inscripción"),
            Map.entry("registration", "Inscripción"), Map.entry("required", "obligatoria"),
            Map.entry("limitedSeats", "plazas limitadas"), Map.entry("seats", "plazas"),
            Map.entry("deadline", "último día"), Map.entry("contacts", "Contactos"),
            Map.entry("maximumDuration", "Duración máxima"), Map.entry("moderator", "Modera"),
            Map.entry("facilitator", "Facilita"), Map.entry("chair", "Preside"),
            Map.entry("cancelled", "CANCELADO"), Map.entry("postponed", "APLAZADO"),
            Map.entry("tentative", "a confirmar"))),
    FR(Locale.FRENCH, Map.ofEntries(
            Map.entry("programme", "Programme"), Map.entry("provisional", "programme provisoire"),
            Map.entry("venue", "Lieu"), Map.entry("entrance", "Entrée"), Map.entry("access", "Accès"),
            Map.entry("online", "En ligne"), Map.entry("linkAfterRegistration", "lien envoyé après l'inscription"),
            Map.entry("registration", "Inscription"), Map.entry("required", "obligatoire"),
            Map.entry("limitedSeats", "places limitées"), Map.entry("seats", "places"),
            Map.entry("deadline", "dernier jour"), Map.entry("contacts", "Contacts"),
            Map.entry("maximumDuration", "Durée maximale"), Map.entry("moderator", "Modération"),
            Map.entry("facilitator", "Animation"), Map.entry("chair", "Présidence"),
            Map.entry("cancelled", "ANNULÉ"), Map.entry("postponed", "REPORTÉ"),
            Map.entry("tentative", "à confirmer")));

    final Locale locale;
    private final Map<String, String> words;

    Labels(Locale locale, Map<String, String> words) {
        this.locale = locale;
        this.words = words;
    }

    Set<String> keys() {
        return words.keySet();
    }

    String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("no label '" + key + "' in " + name());
        }
        return word;
    }
}
