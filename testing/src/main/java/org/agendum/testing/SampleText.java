package org.agendum.testing;

import java.net.URI;
import java.util.List;
import org.agendum.core.model.BlockKind;

/**
 * The texts {@link RandomEvents} draws from: the languages of the seed programmes (Spanish,
 * French) with their accents, and what breaks naive code &mdash; emoji outside the BMP (surrogate
 * pairs), ZWJ sequences and flags, right-to-left scripts, CJK, combining marks, and the characters
 * JSON ({@code " \}) and iCalendar ({@code , ; :}, newlines) escape.
 */
final class SampleText {

    /** U+0301 COMBINING ACUTE ACCENT, written apart so that the source shows it. */
    static final String ACUTE = "\u0301";
    /** A family: man, ZWJ, woman, ZWJ, girl. */
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    static final List<String> EVENT_TITLES = List.of(
            "Gobiernos locales en acción",
            "Hacia una acción internacional sostenible",
            "Séminaire « Villes & climat » : bilan 2030",
            "Ciudades, clima y cooperación: ¿qué sigue?",
            "Café ☕ y datos abiertos",
            "Lanzamiento 🎉 de la red \"Ciudades Sostenibles\"",
            "Foro de familias " + FAMILY + " y territorio",
            "Gouvernance locale 🇫🇷🇺🇾",
            "مؤتمر المدن المستدامة",
            "כנס ערים חכמות 2030",
            "持続可能な都市フォーラム",
            "城市可持续发展论坛",
            "Encuentro Cafe" + ACUTE + " con alcaldías",
            "Taller: \"datos\", mapas; y más",
            "Backslash \\ and semicolon; comma, colon: a test",
            "Zoë & Ñandú — diálogo intergeneracional",
            "Mercociudades: 30 años de cooperación descentralizada",
            "Journée d'étude : l'action internationale des collectivités");

    static final List<String> SUBTITLES = List.of(
            "experiencias y buenas prácticas de cooperación entre ciudades",
            "Retours d'expérience ; perspectives, enjeux",
            "Edición 2030 🌎",
            "نحو تعاون دولي",
            "第3回 — 東京",
            "Semana \"abierta\" de la sociedad civil");

    static final List<String> DESCRIPTION_PARAGRAPHS = List.of(
            "El seminario reúne a gobiernos locales, redes de ciudades y organismos nacionales.",
            "Primera línea.\nSegunda línea con \"comillas\" y una barra \\ invertida.",
            "Ordre du jour : accueil ; tables rondes, échanges, conclusions.",
            "¿Cómo cooperan las ciudades? Preguntas, respuestas; y más preguntas.",
            "Nos vemos allí 🎉🎉 — ¡no faltes!",
            "يجمع هذا اللقاء ممثلي المدن والمجتمع المدني.",
            "המפגש מיועד לנציגי ערים וארגונים.",
            "本セミナーでは、都市間協力の事例を紹介します。",
            "Die Teilnahme ist kostenlos; Anmeldung erforderlich: siehe Link.",
            "Acentos combinados: a" + ACUTE + "rbol, cafe" + ACUTE + ", pin" + "\u0303" + "a.",
            "Línea con coma, punto y coma; dos puntos: y barra \\n literal.");

    static final List<String> TOPICS = List.of(
            "Cooperación descentralizada",
            "Agenda 2030, ODS 11: ciudades sostenibles",
            "Climat ; résilience",
            "Datos abiertos 📊",
            "Migración y ciudades",
            "المساواة بين الجنسين",
            "智慧城市",
            "Participación ciudadana",
            "Vivienda \"asequible\"",
            "Economía social y solidaria",
            "Jeunesse & emploi",
            "¿Qué es una ciudad inclusiva?");

    static final List<String> AUDIENCES = List.of(
            "Autoridades locales", "Sociedad civil", "Élus et techniciens", "Academia",
            "Redes de ciudades", "学生", "Público general");

    static final List<String> OBJECTIVES = List.of(
            "Intercambiar experiencias de cooperación entre ciudades.",
            "Identifier des partenariats ; construire une feuille de route.",
            "Difundir buenas prácticas: casos de éxito.",
            "Fortalecer capacidades 💪 de los equipos técnicos.");

    static final List<String> FRAMEWORKS = List.of(
            "Agenda 2030, Objetivo 11: ciudades y comunidades sostenibles",
            "Nueva Agenda Urbana",
            "Accord de Paris sur le climat",
            "Marco de Sendai");

    static final List<String> METHODOLOGY = List.of(
            "Diálogo entre los participantes moderado por un facilitador.",
            "Exposés de 10 minutes, puis questions ; synthèse finale.",
            "Trabajo en grupos: cada grupo presenta sus conclusiones.",
            "Ronda de preguntas \"rápidas\" 🎤.");

    static final List<String> LANGUAGES = List.of("es", "fr", "pt-BR", "en", "ar", "he", "ja", "zh-Hans", "es-UY");

    static final List<String> AGENDA_TITLES = List.of(
            "Programme provisoire", "Programa", "Agenda 📋", "Orden del día", "جدول الأعمال", "プログラム");

    static final List<String> HONORIFICS = List.of("Lic.", "Lic. Mag.", "Dr.", "Dra.", "Prof.", "Mme", "Ing.", "Sr.");

    static final List<String> PERSON_NAMES = List.of(
            "Marcela Petrantonio",
            "José Luis Martínez Justo",
            "María José Hernández Montoya",
            "François Lefèvre",
            "Zoë Ångström",
            "Nguyễn Thị Minh Khai",
            "Jose" + ACUTE + " Pe" + ACUTE + "rez",
            "محمد الأحمد",
            "דוד כהן",
            "王小明",
            "山田 花子",
            "Seán O'Brien",
            "Ana \"Anita\" López",
            "Łukasz Żółć",
            "Ñusta Quispe 🌸",
            "João da Silva");

    static final List<String> POSITION_TITLES = List.of(
            "Secretaria Ejecutiva",
            "Directora General de Coordinación Política",
            "Coordinador de Relaciones Internacionales",
            "Chargée de mission",
            "Président·e",
            "Intendente",
            "Alcaldesa",
            "رئيس القسم",
            "研究員",
            "Investigadora; docente");

    /** Organization names, each with its acronym or an empty string. */
    static final List<String[]> ORGANIZATIONS = List.of(
            new String[] {"Mercociudades", ""},
            new String[] {"Secretaría de Relaciones Exteriores", "SRE"},
            new String[] {"Universidad Nacional Autónoma de México", "UNAM"},
            new String[] {"Facultad de Estudios Superiores Acatlán", "FES Acatlán"},
            new String[] {"Cités Unies France", "CUF"},
            new String[] {"Intendencia de Montevideo", "IM"},
            new String[] {"Alianza Euro-Latinoamericana de Cooperación entre Ciudades", "AL-LAs"},
            new String[] {"Ville de Paris", ""},
            new String[] {"جامعة القاهرة", ""},
            new String[] {"東京大学", ""},
            new String[] {"Red \"Ciudades & Clima\"", "RCC"},
            new String[] {"Fundación Ñandú 🐦", ""});

    static final List<String> CITIES = List.of(
            "Montevideo", "Ciudad de México", "Paris", "São Paulo", "Santiago", "東京", "طهران",
            "Sydney", "Zürich", "Bogotá", "Nueva York", "Tel Aviv-Yafo");

    static final List<String> COUNTRIES = List.of(
            "UY", "MX", "FR", "AR", "BR", "CL", "ES", "JP", "IR", "AU", "US", "IN", "DE", "IL", "EG", "CN", "NP");

    static final List<String> EMAIL_LOCAL_PARTS = List.of(
            "info", "ana.lopez", "j.martinez+agenda", "contacto", "secretaria-ejecutiva", "m_petrantonio", "events2030");

    static final List<String> EMAIL_DOMAINS = List.of(
            "example.org", "example.com", "mercociudades.example", "ville.example.fr", "münchen.example",
            "españa.example", "例え.jp");

    static final List<String> PHONES = List.of(
            "+33 1 53 41 81 92", "+598 2915 0000", "+52 55 3686 5100", "+1 (212) 555-0147", "+61 2 9374 4000",
            "+81 3-5221-9000", "+98 21 6670 2020", "+91 11 2301 2345", "+33 (0)1 53 41 81 92", "2915 0000");

    static final List<String> URL_HOSTS = List.of(
            "www.example.org", "example.com", "eventos.example.net", "mercociudades.example", "xn--mnchen-3ya.example");

    static final List<String> URL_PATHS = List.of(
            "/", "/eventos/2030", "/inscripcion?evento=42&lang=es", "/programa.pdf", "/p/%C3%B1and%C3%BA",
            "/seminaire#programme");

    static final List<String> VENUES = List.of(
            "Alcaldía de Paris", "Intendencia de Montevideo", "Centro Cultural 🎭 Kirchner", "Palacio de Minería",
            "東京国際フォーラム", "دار الأوبرا", "Salle \"Jean Jaurès\"", "Casa de la Cultura; sede central");

    static final List<String> ROOMS = List.of(
            "Auditórium", "Sala 1", "Sala 2", "Salle des fêtes", "Room \"B\"", "会議室 A", "قاعة 3");

    static final List<String> TRACKS = List.of("Track A", "Eje 1: clima", "Parcours ; jeunesse", "トラック B");

    static final List<String> FLOORS = List.of("Planta baja", "2nd floor", "1er étage", "地下1階", "Piso 3; ala norte");

    static final List<String> ACCESSIBILITY = List.of(
            "Step-free access by the lift in hall C", "Acceso sin escalones; bucle magnético",
            "Accès PMR par l'entrée \"Lobau\"", "車椅子席 4 席");

    static final List<String> STREETS = List.of(
            "5 rue Lobau", "Av. 18 de Julio 1360", "Calle Tacuba 5", "Rua Augusta, 1500", "千代田区丸の内3-5-1",
            "Paseo de la Reforma 255");

    static final List<String> POSTAL_CODES = List.of("75004", "11200", "06000", "01310-100", "100-0005");

    static final List<String> REGIONS = List.of("Île-de-France", "CDMX", "São Paulo", "Región Metropolitana");

    static final List<String> STATIONS = List.of("Hôtel de Ville", "Plaza Independencia", "Bellas Artes", "東京", "Châtelet");

    static final List<String> LINES = List.of("1", "11", "2", "A", "B", "L9", "丸ノ内線");

    static final List<String> PLATFORMS = List.of("Zoom", "YouTube", "Jitsi Meet", "Microsoft Teams", "Webex");

    static final List<String> BLOCK_LABELS = List.of("Panel 1", "Panel 2", "PARTE I", "PARTE II", "Session 3", "Bloque ñ");

    static final List<String> MODERATOR_LABELS = List.of("Modera", "Facilitadora", "Facilitador", "Préside", "Animation");

    static final List<String> PARTICIPANT_LABELS = List.of(
            "Coordinación General", "Intervenant·e", "Ponente", "Palabras de bienvenida", "Keynote 🎤");

    static final List<String> NOTES = List.of(
            "Traducción simultánea español/français.",
            "Horario sujeto a cambios; ver sitio web.",
            "Se ruega puntualidad: \"las puertas cierran\".",
            "Pausa café incluida ☕.");

    static final List<String> CONTACT_ROLES = List.of("Inscripciones", "Prensa", "Logistique ; accueil", "Información general");

    static final List<String> DEADLINE_SUBJECTS = List.of("Resúmenes", "Ponencias", "Becas de viaje", "Propositions d'ateliers");

    static final List<String> STATUS_NOTES = List.of(
            "Aplazado por la emergencia sanitaria; nueva fecha a confirmar.",
            "Reporté en raison des grèves — nouvelle date ci-dessous.",
            "Moved online after the venue flooded.",
            "Отменено: подробности на сайте.");

    static final List<String> REGISTRATION_NOTES = List.of(
            "Inscripción gratuita y obligatoria.",
            "Places limitées ; inscription préalable.",
            "El enlace se envía por correo: revisar \"spam\".");

    static final List<String> LINK_LABELS = List.of("Programa (PDF)", "Grabación 🎥", "Nota conceptual", "Site officiel");

    private SampleText() {}

    /** Block titles that fit each kind. */
    static List<String> blockTitles(BlockKind kind) {
        return switch (kind) {
            case REGISTRATION -> List.of("Registro de participantes", "Accueil et émargement", "Acreditación");
            case OPENING -> List.of("Inauguración", "Palabras de bienvenida 👋", "Ouverture officielle");
            case INTRODUCTION -> List.of("Introducción", "Présentation : objectifs, méthode", "مقدمة");
            case KEYNOTE -> List.of("Conferencia magistral", "Keynote: \"Cities & climate\"", "基調講演");
            case PANEL -> List.of("Alianzas estratégicas para el desarrollo local sostenible de la región",
                    "Table ronde ; villes et migrations", "Panel 🌍 Cooperación Sur-Sur");
            case TALK -> List.of("Presentación del informe", "Exposé : la coopération décentralisée", "שיחה פתוחה");
            case WORKSHOP -> List.of("Taller de datos abiertos", "Atelier \\ cartographie", "ワークショップ");
            case DISCUSSION -> List.of("Diálogo entre participantes", "Débat : quelles priorités ?", "نقاش مفتوح");
            case QUESTIONS_AND_ANSWERS -> List.of("Sesión de preguntas y respuestas", "Questions / réponses", "Q&A 🙋");
            case BREAK -> List.of("Pausa café ☕", "Pause", "Receso");
            case MEAL -> List.of("Almuerzo", "Déjeuner-buffet", "昼食");
            case NETWORKING -> List.of("Networking 🤝", "Cóctel de cierre 🥂", "Rencontres informelles");
            case CLOSING -> List.of("Cierre", "Conclusiones y cierre", "Clôture");
            case OTHER -> List.of("Actividad cultural 🎶", "Visita guiada", "Foto de familia " + SampleText.FAMILY);
        };
    }

    /** A web address: {@code https}, one of the hosts, one of the paths. */
    static URI url(Dice dice) {
        return URI.create("https://" + dice.pick(URL_HOSTS) + dice.pick(URL_PATHS));
    }

    /**
     * A label for a display zone: a name in the local language for some zones, else the city of
     * the id ({@code America/Argentina/Buenos_Aires} is "Buenos Aires").
     */
    static String zoneLabel(String zoneId) {
        return switch (zoneId) {
            case "America/Montevideo" -> "Uruguay";
            case "America/Mexico_City" -> "México";
            case "Europe/Paris" -> "París";
            case "America/New_York" -> "Nueva York";
            case "America/Santiago" -> "Chile";
            case "America/Sao_Paulo" -> "Brasília";
            case "Australia/Sydney" -> "Sídney";
            case "Asia/Tehran" -> "تهران";
            case "Asia/Tokyo" -> "東京";
            case "Asia/Kolkata" -> "India";
            case "Asia/Kathmandu" -> "नेपाल";
            case "Australia/Lord_Howe" -> "Lord Howe";
            default -> zoneId.substring(zoneId.lastIndexOf('/') + 1).replace('_', ' ');
        };
    }
}
