package org.agendum.core.text;

import java.util.Locale;

/** The Spanish words of a programme. */
final class Spanish implements Vocabulary {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Override
    public Locale locale() {
        return SPANISH;
    }

    @Override
    public String word(Label label) {
        return switch (label) {
            case PROGRAMME -> "Programa";
            case PROVISIONAL -> "provisional";
            case CANCELLED -> "CANCELADO";
            case POSTPONED -> "APLAZADO";
            case TO_BE_CONFIRMED -> "a confirmar";
            case MAXIMUM_DURATION -> "Duración máxima";
            case VENUE -> "Lugar";
            case ENTRANCE -> "Entrada";
            case ADDRESS -> "Dirección";
            case ACCESS -> "Acceso";
            case ONLINE -> "En línea";
            case LINK_AFTER_REGISTRATION -> "enlace enviado tras la inscripción";
            case REGISTRATION -> "Inscripción";
            case REQUIRED -> "obligatoria";
            case LIMITED_SEATS -> "plazas limitadas";
            case SEATS -> "plazas";
            case LAST_DAY -> "último día";
            case UNTIL -> "hasta el";
            case LAST_DAY_TO_REGISTER -> "Último día de inscripción";
            case DEADLINES -> "Plazos";
            case LINKS -> "Enlaces";
            case ORGANIZERS -> "Organizan";
            case PARTNERS -> "Colaboran";
            case CONTACTS -> "Contactos";
            case TOPICS -> "Temas";
            case AUDIENCES -> "Dirigido a";
            case OBJECTIVES -> "Objetivos";
            case FRAMEWORKS -> "Marco";
            case METHODOLOGY -> "Metodología";
            case OBJECTIVE -> "Objetivo";
            case ROOM -> "Sala";
            case TRACK -> "Eje";
            case NOTES -> "Notas";
            case IN_PARALLEL -> "en paralelo";
            case PART_OF -> "Parte de";
            case MORE_ENTRIES -> "… y {0} más; cada uno tiene su propia entrada en el calendario";
            case MODERATOR -> "Modera";
            case FACILITATOR -> "Facilita";
            case CHAIR -> "Preside";
            case SPEAKER -> "Interviene";
            case PANELIST -> "Panelista";
            case PRESENTER -> "Presenta";
            case KEYNOTE_SPEAKER -> "Conferencia magistral";
            case DISCUSSANT -> "Comenta";
            case HOST -> "Anfitrión";
            case PARTICIPANT -> "Participa";
            case METRO -> "Metro";
            case TRAM -> "Tranvía";
            case BUS -> "Autobús";
            case TRAIN -> "Tren";
            case FERRY -> "Ferry";
            case TRANSIT -> "Transporte";
        };
    }

    @Override
    public String datePattern() {
        return "EEEE d 'de' MMMM 'de' uuuu";
    }

    @Override
    public String dayPattern() {
        return "EEEE d 'de' MMMM";
    }

    @Override
    public String colon() {
        return ": ";
    }

    @Override
    public String openQuote() {
        return "«";
    }

    @Override
    public String closeQuote() {
        return "»";
    }
}
