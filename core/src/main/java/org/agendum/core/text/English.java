package org.agendum.core.text;

import java.util.Locale;

/** The English words of a programme. */
final class English implements Vocabulary {

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }

    @Override
    public String word(Label label) {
        return switch (label) {
            case PROGRAMME -> "Programme";
            case PROVISIONAL -> "provisional";
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "POSTPONED";
            case TO_BE_CONFIRMED -> "to be confirmed";
            case MAXIMUM_DURATION -> "Maximum duration";
            case VENUE -> "Venue";
            case ENTRANCE -> "Entrance";
            case ADDRESS -> "Address";
            case ACCESS -> "Access";
            case ONLINE -> "Online";
            case LINK_AFTER_REGISTRATION -> "link sent after registration";
            case REGISTRATION -> "Registration";
            case REQUIRED -> "required";
            case LIMITED_SEATS -> "limited seats";
            case SEATS -> "seats";
            case LAST_DAY -> "last day";
            case UNTIL -> "until";
            case LAST_DAY_TO_REGISTER -> "Last day to register";
            case DEADLINES -> "Deadlines";
            case LINKS -> "Links";
            case ORGANIZERS -> "Organized by";
            case PARTNERS -> "Partners";
            case CONTACTS -> "Contacts";
            case TOPICS -> "Topics";
            case AUDIENCES -> "Audience";
            case OBJECTIVES -> "Objectives";
            case FRAMEWORKS -> "Framework";
            case METHODOLOGY -> "Methodology";
            case OBJECTIVE -> "Objective";
            case ROOM -> "Room";
            case TRACK -> "Track";
            case NOTES -> "Notes";
            case IN_PARALLEL -> "in parallel";
            case PART_OF -> "Part of";
            case MORE_ENTRIES -> "… and {0} more; each has its own calendar entry";
            case MODERATOR -> "Moderator";
            case FACILITATOR -> "Facilitator";
            case CHAIR -> "Chair";
            case SPEAKER -> "Speaker";
            case PANELIST -> "Panelist";
            case PRESENTER -> "Presenter";
            case KEYNOTE_SPEAKER -> "Keynote speaker";
            case DISCUSSANT -> "Discussant";
            case HOST -> "Host";
            case PARTICIPANT -> "Participant";
            case METRO -> "Metro";
            case TRAM -> "Tram";
            case BUS -> "Bus";
            case TRAIN -> "Train";
            case FERRY -> "Ferry";
            case TRANSIT -> "Transit";
        };
    }

    @Override
    public String datePattern() {
        return "EEEE, MMMM d, uuuu";
    }

    @Override
    public String dayPattern() {
        return "EEEE, MMMM d";
    }

    @Override
    public String colon() {
        return ": ";
    }

    @Override
    public String openQuote() {
        return "“";
    }

    @Override
    public String closeQuote() {
        return "”";
    }
}
