package org.agendum.core.text;

import java.util.Locale;

/** The French words of a programme, with French spacing: a no-break space before a colon and inside guillemets. */
final class French implements Vocabulary {

    @Override
    public Locale locale() {
        return Locale.FRENCH;
    }

    @Override
    public String word(Label label) {
        return switch (label) {
            case PROGRAMME -> "Programme";
            case PROVISIONAL -> "provisoire";
            case CANCELLED -> "ANNULÉ";
            case POSTPONED -> "REPORTÉ";
            case TO_BE_CONFIRMED -> "à confirmer";
            case MAXIMUM_DURATION -> "Durée maximale";
            case VENUE -> "Lieu";
            case ENTRANCE -> "Entrée";
            case ADDRESS -> "Adresse";
            case ACCESS -> "Accès";
            case ONLINE -> "En ligne";
            case LINK_AFTER_REGISTRATION -> "lien envoyé après l’inscription";
            case REGISTRATION -> "Inscription";
            case REQUIRED -> "obligatoire";
            case LIMITED_SEATS -> "places limitées";
            case SEATS -> "places";
            case LAST_DAY -> "dernier jour";
            case UNTIL -> "jusqu’au";
            case LAST_DAY_TO_REGISTER -> "Dernier jour d’inscription";
            case DEADLINES -> "Échéances";
            case LINKS -> "Liens";
            case ORGANIZERS -> "Organisé par";
            case PARTNERS -> "Partenaires";
            case CONTACTS -> "Contacts";
            case TOPICS -> "Thèmes";
            case AUDIENCES -> "Public";
            case OBJECTIVES -> "Objectifs";
            case FRAMEWORKS -> "Cadre";
            case METHODOLOGY -> "Méthodologie";
            case OBJECTIVE -> "Objectif";
            case ROOM -> "Salle";
            case TRACK -> "Parcours";
            case NOTES -> "Notes";
            case IN_PARALLEL -> "en parallèle";
            case PART_OF -> "Fait partie de";
            case MORE_ENTRIES -> "… et {0} de plus\u00a0; chacun a sa propre entrée dans le calendrier";
            case MODERATOR -> "Modération";
            case FACILITATOR -> "Animation";
            case CHAIR -> "Présidence";
            case SPEAKER -> "Intervention";
            case PANELIST -> "Panéliste";
            case PRESENTER -> "Présentation";
            case KEYNOTE_SPEAKER -> "Conférence plénière";
            case DISCUSSANT -> "Réaction";
            case HOST -> "Accueil";
            case PARTICIPANT -> "Participation";
            case METRO -> "Métro";
            case TRAM -> "Tramway";
            case BUS -> "Bus";
            case TRAIN -> "Train";
            case FERRY -> "Bateau";
            case TRANSIT -> "Transport";
        };
    }

    @Override
    public String datePattern() {
        return "EEEE d MMMM uuuu";
    }

    @Override
    public String dayPattern() {
        return "EEEE d MMMM";
    }

    @Override
    public String colon() {
        return "\u00a0: ";
    }

    @Override
    public String openQuote() {
        return "«\u00a0";
    }

    @Override
    public String closeQuote() {
        return "\u00a0»";
    }
}
