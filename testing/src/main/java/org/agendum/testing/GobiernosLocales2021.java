package org.agendum.testing;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Registration;

/**
 * The seminar "Gobiernos locales en acción" of 11 June 2021, as {@link
 * SeedEvents#gobiernosLocales2021()} documents it.
 */
final class GobiernosLocales2021 {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private GobiernosLocales2021() {}

    static Event event() {
        Organization sre = institution("sre", "Secretaría de Relaciones Exteriores", "SRE", "MX");
        Organization coordinacionPolitica = unit("sre-dgcp", "Dirección General de Coordinación Política", sre);
        Organization mercociudades = Organization.of("mercociudades", "Mercociudades");
        Organization secretariaTecnica = unit("mercociudades-stp", "Secretaría Técnica Permanente de Mercociudades",
                mercociudades);
        Organization surSur = unit("mercociudades-sur-sur", "Programa de Cooperación Sur Sur de Mercociudades",
                mercociudades);
        Organization unam = institution("unam", "Universidad Nacional Autónoma de México", "UNAM", "MX");
        Organization fesAcatlan = unit("unam-fes-acatlan", "FES Acatlán", unam);
        Organization guadalajara = city("guadalajara", "Guadalajara", "Guadalajara", "MX");
        Organization puebla = city("puebla", "Puebla", "Puebla", "MX");
        Organization toluca = city("toluca", "Toluca", "Toluca", "MX");
        Organization generalAlvear = city("general-alvear", "Municipalidad de General Alvear", "General Alvear", "AR");
        Organization cuenca = city("cuenca", "Alcaldía de Cuenca", "Cuenca", "EC");
        Organization portoAlegre = city("porto-alegre", "Prefeitura de Porto Alegre", "Porto Alegre", "BR");
        Organization rosario = city("rosario", "Municipalidad de Rosario", "Rosario", "AR");
        Organization rosarioRelaciones = unit("rosario-dgri", "Dirección General de Relaciones Internacionales",
                rosario);
        Organization montevideo = city("montevideo", "Intendencia de Montevideo", "Montevideo", "UY");

        Person perez = official("ana-laura-perez", "Ana Laura Pérez",
                "Directora de Coordinación de Gestión y Análisis para América Latina y el Caribe", sre);
        Person petrantonio = official("marcela-petrantonio", "Marcela Petrantonio",
                "Secretaria Ejecutiva", mercociudades).withHonorific("Lic. Mag.");
        Person escobedo = official("ximena-escobedo", "Ximena Escobedo",
                "Directora General de Coordinación Política", coordinacionPolitica).withHonorific("Lic.");
        Person martinezJusto = official("manuel-martinez-justo", "Manuel Martínez Justo",
                "Director", fesAcatlan).withHonorific("Dr.");
        Person hernandezMontoya = official("maria-dolores-hernandez-montoya", "María Dolores Hernández Montoya",
                "Directora de Relaciones Internacionales, Ciudades Hermanas y Atención al Migrante", guadalajara);
        Person herrera = official("ricardo-herrera", "Ricardo Herrera",
                "Director de Vinculación Internacional e Institucional", puebla);
        Person hernandez = official("ericka-hernandez", "Ericka Hernández",
                "Jefa de Asuntos Internacionales y Ciudades Hermanas", toluca);
        Person lucero = official("carina-lucero", "Carina Lucero",
                "Coordinadora General de Planificación, Relaciones Internacionales e Inversiones", generalAlvear);
        Person arce = official("sofia-arce", "Sofía Arce",
                "Directora General de Relaciones Internacionales", cuenca);
        Person sondermann = official("ricardo-sondermann", "Ricardo Sondermann",
                "Secretario de Relaciones Internacionales", portoAlegre);
        Person rodriguez = official("jorge-rodriguez", "Jorge Rodríguez", "Coordinador", secretariaTecnica);
        Person castillo = official("carlos-castillo-perez", "Carlos Castillo Pérez",
                "Director General de Cooperación y Relaciones Económicas Bilaterales", sre).withHonorific("Lic.");
        Person iglesias = official("monserrat-iglesias-servin", "Monserrat Iglesias Servin",
                "Directora de Coordinación Política", sre).withHonorific("Lic.");
        Person couto = member("mariela-couto", "Mariela Couto", Position.at(surSur)).withHonorific("Lic.");
        Person romero = member("maria-del-huerto-romero", "María del Huerto Romero", Position.at(rosarioRelaciones))
                .withHonorific("Lic.");
        Person goyeneche = Person.builder()
                .id("fabiana-goyeneche")
                .name("Fabiana Goyeneche")
                .addPosition(Position.of("Directora de Relaciones Internacionales y Cooperación", montevideo))
                .addPosition(Position.of("Vicepresidencia de Relaciones Institucionales"))
                .city("Montevideo")
                .country("UY")
                .build();

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                    .id("inauguracion")
                    .speakers(perez, petrantonio, escobedo)
                .block(Duration.ofMinutes(35), BlockKind.PANEL,
                        "Alianzas estratégicas para el desarrollo local sostenible de la región")
                    .label("Panel 1")
                    .id("panel-1")
                    .objective("Compartir experiencias y lecciones aprendidas en la articulación de una estrategia de "
                            + "internacionalización en los temáticas arriba indicadas.")
                    .description("Las experiencias de las ciudades sobre temáticas como el Turismo; la Reactivación "
                            + "económica post Covid-19; la Violencia basada en género, la Movilidad y el Desarrollo "
                            + "Urbano Sustentable y Cambio climático, como forma de incentivar el intercambio de las "
                            + "mismas entre ciudades de ambas regiones.")
                    .moderators(Moderator.facilitator(martinezJusto).withLabel("Facilitadora"))
                    .panelists(hernandezMontoya, herrera, hernandez, lucero, arce, sondermann)
                    .child(questionsAndAnswers("panel-1-sesion-de-preguntas-y-respuestas"))
                .block(Duration.ofMinutes(30), BlockKind.PANEL,
                        "Oportunidades para desarrollar la cooperación internacional en clave local")
                    .label("Panel 2")
                    .id("panel-2")
                    .objective("Dar a conocer herramientas y apoyos institucionales con los que cuenta México y "
                            + "Mercociudades para promover la acción internacional local y la cooperación "
                            + "descentralizada.")
                    .description("Se abordarán y presentarán las herramientas y oportunidades existentes en los "
                            + "programas de Mercociudades y la Dirección General de Coordinación Política de la "
                            + "Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían participar "
                            + "para profundizar la cooperación y el trabajo conjunto.")
                    .moderators(Moderator.facilitator(rodriguez).withLabel("Facilitador"))
                    .panelists(castillo, iglesias, couto, romero)
                    .child(questionsAndAnswers("panel-2-sesion-de-preguntas-y-respuestas"))
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre").id("cierre")
                    .speakers(goyeneche)
                .toAgenda();

        return Event.builder()
                .id("gobiernos-locales-en-accion-2021")
                .kind(EventKind.SEMINAR)
                .title("Gobiernos locales en acción")
                .subtitle("experiencias y buenas prácticas de cooperación entre ciudades de México y de la región "
                        + "del Cono sur")
                .description(String.join("\n\n",
                        "El pasado 11 de noviembre Mercociudades y la Dirección General de Coordinación Política de la "
                                + "Secretaría de Relaciones Exteriores de México firmaron un convenio con el objetivo "
                                + "de explorar nuevas fórmulas de colaboración que beneficien a las ciudades y, "
                                + "promuevan nuevos acercamientos y proyectos de cooperación entre ellas. Con esta "
                                + "meta ambas instituciones organizamos el seminario virtual “Gobiernos locales en "
                                + "acción: Alianzas estratégicas para el desarrollo local sostenible de la región”, a "
                                + "partir del cual esperamos iniciar un diálogo e intercambio de experiencias y buenas "
                                + "prácticas de la cooperación entre ciudades de México y la región del Cono sur.",
                        "La Secretaría de Relaciones Exteriores, a través de la Dirección General de Coordinación "
                                + "Política lleva adelante el Programa de Internacionalización de Ciudades para un "
                                + "Desarrollo Local Sostenible enmarcado en el Objetivo 11 de la Agenda 2030 “Lograr "
                                + "que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes "
                                + "y sostenibles”. Mercociudades trabaja en desarrollar acciones que contribuyan a una "
                                + "gestión asociada para el desarrollo sostenible de las ciudades en la región.",
                        "En ese marco se realiza este primer Seminario Virtual, en el que se desarrollarán dos paneles "
                                + "desde dónde se abordarán las experiencias de las ciudades sobre temáticas como el "
                                + "Turismo; la Reactivación económica post Covid-19; la Violencia basada en género, la "
                                + "Movilidad y el Desarrollo Urbano Sustentable y Cambio climático, como forma de "
                                + "incentivar el intercambio de las mismas entre ciudades de ambas regiones.",
                        "Se invita a representantes de ciudades mexicanas y miembros de la Red Mercociudades que "
                                + "tienen vínculos ya establecidos para que compartan su experiencia y el trabajo que "
                                + "se ha hecho en el marco de dichas vinculaciones. Asimismo, también se invita a todas "
                                + "las ciudades de la región, ya que será un espacio propicio para compartir "
                                + "experiencias sobre cómo la actividad internacional ha generado beneficios en sus "
                                + "territorios; ello, en torno a los temas antes mencionados, así también, se podrán "
                                + "compartir desde las distintas visiones, cómo podrían potenciarse estas alianzas e "
                                + "incentivar nuevas alianzas estratégicas.",
                        "En un segundo panel se abordarán y presentarán las herramientas y oportunidades existentes en "
                                + "los programas de Mercociudades y la Dirección General de Coordinación Política de "
                                + "la Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían "
                                + "participar para profundizar la cooperación y el trabajo conjunto.",
                        "También se invitará a otros actores del territorio, así como a otras redes que participan y "
                                + "apoyan a los gobiernos locales en procesos de internacionalización y cooperación.",
                        "Para participar se debe completar el formulario de inscripción en el siguiente link "
                                + "https://forms.gle/t8GEM2KjH9gYQxtU6 antes del próximo 9 de junio de 2021."))
                .addTopics("Turismo", "Reactivación económica post Covid-19", "Violencia basada en género", "Movilidad",
                        "Desarrollo Urbano Sustentable y Cambio climático")
                .addAudiences(
                        "Representantes de ciudades mexicanas y miembros de la Red Mercociudades que tienen vínculos "
                                + "ya establecidos",
                        "Todas las ciudades de la región",
                        "Otros actores del territorio",
                        "Otras redes que participan y apoyan a los gobiernos locales en procesos de "
                                + "internacionalización y cooperación")
                .addObjectives(
                        "Iniciar un diálogo e intercambio de experiencias y buenas prácticas de la cooperación entre "
                                + "ciudades de México y la región del Cono sur",
                        "Compartir cómo podrían potenciarse estas alianzas e incentivar nuevas alianzas estratégicas",
                        "Presentar las herramientas y oportunidades de los programas de Mercociudades y de la "
                                + "Dirección General de Coordinación Política en los que los gobiernos locales "
                                + "podrían participar")
                .addFrameworks(
                        "Agenda 2030, Objetivo 11: “Lograr que las ciudades y los asentamientos humanos sean "
                                + "inclusivos, seguros, resilientes y sostenibles”",
                        "Programa de Internacionalización de Ciudades para un Desarrollo Local Sostenible (Secretaría "
                                + "de Relaciones Exteriores, Dirección General de Coordinación Política)",
                        "Convenio entre Mercociudades y la Dirección General de Coordinación Política de la Secretaría "
                                + "de Relaciones Exteriores de México, firmado el 11 de noviembre")
                .addMethodology("Diálogo entre los participantes moderado por un facilitador.")
                .addLanguages("es")
                .attendanceMode(AttendanceMode.ONLINE)
                .addOrganizers(mercociudades, coordinacionPolitica)
                .registration(Registration.builder()
                        .required(true)
                        .url(URI.create("https://forms.gle/t8GEM2KjH9gYQxtU6"))
                        .deadline(Deadline.before(LocalDate.of(2021, 6, 9), MONTEVIDEO)
                                .withSubject("Formulario de inscripción")
                                .withWording("antes del próximo 9 de junio de 2021"))
                        .build())
                .zone(MONTEVIDEO)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0))
                .end(LocalDateTime.of(2021, 6, 11, 14, 30))
                .maximumDuration(Duration.ofMinutes(90))
                .addDisplayZones(DisplayZone.of(MONTEVIDEO, "Uruguay"), DisplayZone.of(MEXICO_CITY, "México"))
                .agenda(agenda)
                .build();
    }

    /** The questions and answers that end a panel, with the id the seed has always had. */
    private static AgendaBlock questionsAndAnswers(String id) {
        return AgendaBlock.builder()
                .id(id)
                .kind(BlockKind.QUESTIONS_AND_ANSWERS)
                .title("Sesión de preguntas y respuestas")
                .build();
    }

    /** An institution of a country, known by its acronym. */
    private static Organization institution(String id, String name, String acronym, String country) {
        return Organization.builder().id(id).name(name).acronym(acronym).country(country).build();
    }

    private static Organization city(String id, String name, String city, String country) {
        return Organization.builder().id(id).name(name).city(city).country(country).build();
    }

    /** A part of an organization, in the city and country the organization is in (if it says). */
    private static Organization unit(String id, String name, Organization parent) {
        return Organization.builder().id(id).name(name).parent(parent).city(parent.city()).country(parent.country())
                .build();
    }

    /** A person with a title at an organization, in the city and country the organization is in. */
    private static Person official(String id, String name, String title, Organization organization) {
        return member(id, name, Position.of(title, organization));
    }

    /**
     * A person holding one position, in the city and country of its organization: the programme
     * places the people it names no further than that.
     */
    private static Person member(String id, String name, Position position) {
        Person.Builder person = Person.builder().id(id).name(name).addPosition(position);
        position.organization().ifPresent(organization -> person.city(organization.city())
                .country(organization.country()));
        return person.build();
    }
}
