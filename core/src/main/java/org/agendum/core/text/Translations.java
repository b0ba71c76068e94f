package org.agendum.core.text;

import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.TransitMode;

/**
 * Every label, role, attendance mode, link kind and transit mode in every language, one row each: English, Spanish, French. One table rather than
 * a file per language, so that a translation is read beside the others; switches without a default
 * branch, so that the compiler refuses a label, role or mode without a row, and a row is a record, so that it
 * refuses a row without a word in each language. Written out as Java rather than as resource
 * bundles: {@code ResourceBundle} falls back to the machine's default locale when a language is
 * missing, and its no-fallback control is not available to named modules.
 */
final class Translations {

    /** A label's words: English, Spanish, French. */
    record Row(String english, String spanish, String french) {}

    private Translations() {}

    static Row of(Label label) {
        return switch (label) {
            case PROGRAMME -> new Row("Programme", "Programa", "Programme");
            case PROVISIONAL -> new Row("provisional", "provisional", "provisoire");
            case CANCELLED -> new Row("CANCELLED", "CANCELADO", "ANNULÉ");
            case POSTPONED -> new Row("POSTPONED", "APLAZADO", "REPORTÉ");
            case RESCHEDULED -> new Row("RESCHEDULED", "REPROGRAMADO", "REPROGRAMMÉ");
            case FIRST_ANNOUNCED_FOR -> new Row("first announced for", "anunciado inicialmente para", "annoncé d'abord pour");
            case TO_BE_CONFIRMED -> new Row("to be confirmed", "a confirmar", "à confirmer");
            case NEW_TIME_TO_BE_ANNOUNCED -> new Row("new time to be announced", "nuevo horario a anunciar",
                    "nouvel horaire à annoncer");
            case STATUS_NOTE -> new Row("Announcement", "Aviso", "Avis");
            case MAXIMUM_DURATION -> new Row("Maximum duration", "Duración máxima", "Durée maximale");
            case VENUE -> new Row("Venue", "Lugar", "Lieu");
            case ENTRANCE -> new Row("Entrance", "Entrada", "Entrée");
            case ADDRESS -> new Row("Address", "Dirección", "Adresse");
            case ACCESS -> new Row("Access", "Acceso", "Accès");
            case ONLINE -> new Row("Online", "En línea", "En ligne");
            case MEETING_ID -> new Row("Meeting ID", "ID de reunión", "ID de réunion");
            case PASSCODE -> new Row("Passcode", "Código de acceso", "Code secret");
            case DIAL_IN -> new Row("Dial-in", "Por teléfono", "Par téléphone");
            case PIN -> new Row("PIN", "PIN", "PIN");
            case LINK_AFTER_REGISTRATION -> new Row("link sent after registration",
                    "enlace enviado tras la inscripción",
                    "lien envoyé après l’inscription");
            case REGISTRATION -> new Row("Registration", "Inscripción", "Inscription");
            case REQUIRED -> new Row("required", "obligatoria", "obligatoire");
            case LIMITED_SEATS -> new Row("limited seats", "plazas limitadas", "places limitées");
            case SEATS -> new Row("seats", "plazas", "places");
            case LAST_DAY -> new Row("last day", "último día", "dernier jour");
            case UNTIL -> new Row("until", "hasta el", "jusqu’au");
            case LAST_DAY_TO_REGISTER -> new Row("Last day to register",
                    "Último día de inscripción",
                    "Dernier jour d’inscription");
            case DEADLINES -> new Row("Deadlines", "Plazos", "Échéances");
            case LINKS -> new Row("Links", "Enlaces", "Liens");
            case ORGANIZERS -> new Row("Organized by", "Organizado por", "Organisé par");
            case PARTNERS -> new Row("Partners", "Con la colaboración de", "Partenaires");
            case CONTACTS -> new Row("Contacts", "Contactos", "Contacts");
            case DESCRIPTION -> new Row("Description", "Descripción", "Description");
            case TOPICS -> new Row("Topics", "Temas", "Thèmes");
            case AUDIENCES -> new Row("Audience", "Dirigido a", "Public");
            case OBJECTIVES -> new Row("Objectives", "Objetivos", "Objectifs");
            case FRAMEWORKS -> new Row("Framework", "Marco", "Cadre");
            case METHODOLOGY -> new Row("Methodology", "Metodología", "Méthodologie");
            case OBJECTIVE -> new Row("Objective", "Objetivo", "Objectif");
            case SUBTITLE -> new Row("Subtitle", "Subtítulo", "Sous-titre");
            case ROOM -> new Row("Room", "Sala", "Salle");
            case TRACK -> new Row("Track", "Eje", "Parcours");
            case OVERFLOW_ROOMS -> new Row("Also shown live in", "También en directo en", "Aussi retransmis en direct en");
            case LANGUAGES -> new Row("Languages", "Idiomas", "Langues");
            case NOTES -> new Row("Notes", "Notas", "Notes");
            case IN_PARALLEL -> new Row("in parallel", "en paralelo", "en parallèle");
            case PART_OF -> new Row("Part of", "Parte de", "Fait partie de");
            case MORE_ENTRIES -> new Row("… and {0} more; each has its own calendar entry",
                    "… y {0} más; cada uno tiene su propia entrada en el calendario",
                    "… et {0} de plus\u00a0; chacun a sa propre entrée dans le calendrier");
            case MODERATOR -> new Row("Moderator", "Modera", "Modération");
            case PARTICIPANT -> new Row("Participant", "Participa", "Participation");
            case REMOTE -> new Row("remote", "a distancia", "à distance");
            case ATTENDANCE -> new Row("Attendance", "Modalidad", "Modalité");
            case INTERPRETATION -> new Row("Interpretation", "Interpretación", "Interprétation");
            case TIME -> new Row("Time", "Hora", "Heure");
            case INFORMATION -> new Row("Practical information", "Información práctica", "Informations pratiques");
            case ABOUT -> new Row("About the event", "Acerca del evento", "À propos de l’événement");
        };
    }

    static Row of(AttendanceMode mode) {
        return switch (mode) {
            case IN_PERSON -> new Row("in person only", "solo presencial", "en présentiel uniquement");
            case ONLINE -> new Row("online only", "solo en línea", "en ligne uniquement");
            case MIXED -> new Row("in person and online", "presencial y en línea", "en présentiel et en ligne");
        };
    }

    static Row of(ModeratorRole role) {
        return switch (role) {
            case MODERATOR -> new Row("Moderator", "Modera", "Modération");
            case FACILITATOR -> new Row("Facilitator", "Facilita", "Animation");
            case CHAIR -> new Row("Chair", "Preside", "Présidence");
        };
    }

    static Row of(ParticipantRole role) {
        return switch (role) {
            case SPEAKER -> new Row("Speaker", "Interviene", "Intervention");
            case PANELIST -> new Row("Panelist", "Panelista", "Panéliste");
            case PRESENTER -> new Row("Presenter", "Presenta", "Présentation");
            case KEYNOTE_SPEAKER -> new Row("Keynote speaker", "Conferencia magistral", "Conférence plénière");
            case DISCUSSANT -> new Row("Discussant", "Comenta", "Réaction");
            case HOST -> new Row("Host", "Anfitrión", "Accueil");
            case OTHER -> new Row("Participant", "Participa", "Participation");
        };
    }

    static Row of(LinkKind kind) {
        return switch (kind) {
            case SLIDES -> new Row("Slides", "Diapositivas", "Diapositives");
            case VIDEO -> new Row("Video", "Vídeo", "Vidéo");
            case RECORDING -> new Row("Recording", "Grabación", "Enregistrement");
            case FEEDBACK -> new Row("Feedback", "Valoración", "Avis");
            case OTHER -> new Row("Link", "Enlace", "Lien");
        };
    }

    static Row of(TransitMode mode) {
        return switch (mode) {
            case METRO -> new Row("Metro", "Metro", "Métro");
            case TRAM -> new Row("Tram", "Tranvía", "Tramway");
            case BUS -> new Row("Bus", "Autobús", "Bus");
            case TRAIN -> new Row("Train", "Tren", "Train");
            case FERRY -> new Row("Ferry", "Ferry", "Bateau");
            case OTHER -> new Row("Transit", "Transporte", "Transport");
        };
    }
}
