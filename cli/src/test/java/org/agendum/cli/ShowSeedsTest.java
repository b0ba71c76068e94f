package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code agendum show} on the two seed programmes in English, Spanish and French, against the
 * whole text a reader gets, written out here and checked line by line against the printed
 * programmes in {@code shared/seeds/} and the model's values: the dates and weekdays (Thursday 5
 * July 2018, Friday 11 June 2021; the last days to register, Sunday 17 June 2018 and Tuesday 8
 * June 2021, the days before "antes del 18 de junio" and "antes del 9 de junio"), Mexico City two
 * hours behind Montevideo in June 2021, every label in the chosen language, and Cités Unies
 * France's address, 9 rue Christiani 75018, with the Paris contacts.
 *
 * <p>Each programme is written out once, with what changes from one language to another in
 * braces: {@link #WORDS} has it in each language, labels with their colon (French puts a no-break
 * space before it), dates and quotation marks, by what it is in English.
 */
class ShowSeedsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static String show(String file, String locale) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Agendum.execute(new String[] {"show", "--locale", locale, EXAMPLES.resolve(file).toString()},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "es", "fr"})
    void paris_readsAsWrittenOut(String locale) {
        assertThat(show("paris-seminar-2018.json", locale)).isEqualTo(inLanguage(PARIS, locale));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "es", "fr"})
    void gobiernosLocales_readsAsWrittenOut(String locale) {
        assertThat(show("gobiernos-locales-2021.json", locale)).isEqualTo(inLanguage(GOBIERNOS, locale));
    }

    /** What a programme says otherwise in each language: English | Spanish | French. */
    private static final String WORDS = """
            Venue:                 | Lugar:                      | Lieu\u00a0:
            Entrance:              | Entrada:                    | Entrée\u00a0:
            Access:                | Acceso:                     | Accès\u00a0:
            Registration:          | Inscripción:                | Inscription\u00a0:
            Maximum duration:      | Duración máxima:            | Durée maximale\u00a0:
            Organized by:          | Organizado por:             | Organisé par\u00a0:
            Contacts:              | Contactos:                  | Contacts\u00a0:
            Topics:                | Temas:                      | Thèmes\u00a0:
            Audience:              | Dirigido a:                 | Public\u00a0:
            Objectives:            | Objetivos:                  | Objectifs\u00a0:
            Objective:             | Objetivo:                   | Objectif\u00a0:
            Framework:             | Marco:                      | Cadre\u00a0:
            Methodology:           | Metodología:                | Méthodologie\u00a0:
            Presenter:             | Presenta:                   | Présentation\u00a0:
            Speaker:               | Interviene:                 | Intervention\u00a0:
            Panelist:              | Panelista:                  | Panéliste\u00a0:
            :                      | :                           | \u00a0:
            Programme              | Programa                    | Programme
            provisional            | provisional                 | provisoire
            Metro                  | Metro                       | Métro
            required               | obligatoria                 | obligatoire
            limited seats          | plazas limitadas            | places limitées
            last day               | último día                  | dernier jour
            Thursday, July 5, 2018 | Jueves 5 de julio de 2018   | Jeudi 5 juillet 2018
            Sunday, June 17, 2018  | domingo 17 de junio de 2018 | dimanche 17 juin 2018
            Friday, June 11, 2021  | Viernes 11 de junio de 2021 | Vendredi 11 juin 2021
            Tuesday, June 8, 2021  | martes 8 de junio de 2021   | mardi 8 juin 2021
            “                      | «                           | «\u00a0
            ”                      | »                           | \u00a0»
            """;

    /** A programme as it reads in a language ("en", "es" or "fr"): each word in braces as {@link #WORDS} has it. */
    private static String inLanguage(String programme, String locale) {
        int column = List.of("en", "es", "fr").indexOf(locale);
        Map<String, String> words = new HashMap<>();
        WORDS.lines().map(row -> row.split("\\|")).forEach(cells -> words.put(cells[0].trim(), cells[column].trim()));
        return Pattern.compile("\\{([^}]*)}").matcher(programme).replaceAll(word -> Matcher.quoteReplacement(
                Objects.requireNonNull(words.get(word.group(1)), () -> "no row for {" + word.group(1) + "}")));
    }

    /** The event's own description, the same in every language. */
    private static final String PARIS_DESCRIPTION = """
            Varios gobiernos locales adelantan procesos de internacionalización que resultan exitosos por un periodo de tiempo específico, especialmente durante el periodo de tiempo del gobierno promotor, pero que debido a su incipiente solidez institucional, más adelante son disminuidos o abandonados por los cambios contextuales de orden político, institucional e incluso socio-económico. En ese sentido, ¿Cómo asegurar la sostenibilidad de dichos procesos?

            El Seminario tiene como objetivo, a través de la experiencia práctica de gobiernos locales de Europa y América Latina, compartir elementos que contribuyan a consolidar procesos de internacionalización sostenibles y exitosos en el tiempo.

            """;

    private static final String PARIS = """
            Hacia una acción internacional sostenible
            Miradas entre América Latina y Europa
            {Thursday, July 5, 2018} · 09:00–17:00 Europe/Paris
            {Venue:} Alcaldía de Paris, Auditórium
            {Entrance:} 5 rue Lobau, 75004 Paris, FR
            {Access:}
              {Metro} 1, 11 — Hôtel de ville
              {Metro} 1, 4, 7, 11, 14 — Châtelet
            {Registration:} {required}, {limited seats} — {last day} {Sunday, June 17, 2018} ({“}PLAZAS LIMITADAS, INSCRIPCIÓN OBLIGATORIA ANTES DEL 18 DE JUNIO DEL 2018{”})
            {Organized by:} Cités Unies France (CUF) (Paris, FR)
            {Contacts:}
              Felicia MEDINA, Cités Unies France (CUF), 9 rue Christiani, 75018 Paris, FR, f.medina@cites-unies-france.org, +33 (0)1 53 41 81 92
              Jérémie COURTINOT, Cités Unies France (CUF), 9 rue Christiani, 75018 Paris, FR, a.latine@cites-unies-france.org, +33 (0)1 53 41 86 81

            """
            + PARIS_DESCRIPTION + """
            {Topics:} Los procesos de internacionalización sostenible en gobiernos locales de América Latina (AmLat) y Europa
            {Audience:}
              Autoridades locales y representantes de oficinas de asuntos internacionales y/o cooperación de gobiernos locales europeos y latinoamericanos
              Academias
              Sociedad civil
            {Objectives:} Compartir, a través de la experiencia práctica de gobiernos locales de Europa y América Latina, elementos que contribuyan a consolidar procesos de internacionalización sostenibles y exitosos en el tiempo

            Programme provisoire ({provisional})
            09:00–09:30 Europe/Paris  Registro
            09:30–09:40 Europe/Paris  Bienvenida
                a cargo de entidades convocantes
            09:40–10:00 Europe/Paris  INTRODUCCIÓN: Hacia una Acción Internacional Sostenible
                {Topics:} ¿Por qué es importante hacer sostenible los procesos de internacionalización de los gobiernos locales?
                {Presenter:} Coordinación General, AL-LAs
                {Presenter:} Glocal Solutions
            10:00–11:20 Europe/Paris  PARTE I: Elementos que permiten afianzar un proceso de internacionalización del territorio
                {Topics:}
                  Transversalidad de la gestión y articulación con las áreas sustantivas del Gobierno Local y actores claves
                  Vinculación de la gestión internacional con la instancia política local y con agentes claves para el desarrollo del territorio.
                {Methodology:}
                  La base de la discusión serán las reflexiones del Cuaderno No 8; Hacia una Acción internacional Sostenible, de la Colección de Cuadernos para la internacionalización de las Ciudades. Se realizará una síntesis ejecutiva del Cuaderno que será traducida a Francés e inglés como texto de contexto para la discusión y permitirá generar la mirada cruzada entre las prácticas de los gobiernos locales de América Latina y las prácticas de los gobiernos locales europeos.
                  Participan 3 gobiernos locales de América Latina y 3 de Europa mediante un diálogo a partir de preguntas que realiza el moderador
                  Al finalizar se dará espacio para el intercambio con los asistentes
                Modera{:} AL-LAs
            11:20–11:40 Europe/Paris  Pausa Café
            11:40–13:20 Europe/Paris  PARTE II: Elementos que permiten afianzar un proceso de internacionalización del territorio
                {Topics:}
                  Sistematización de experiencias para transiciones de gobierno y virajes administrativos.
                  Hacia una visión prospectiva de la internacionalización territorial
                Modera{:} Mercociudades
            13:30–14:30 Europe/Paris  Almuerzo libre
            15:00–17:00 Europe/Paris  PARTE III: Herramientas para el seguimiento y evaluación de los procesos de internacionalización
                {Topics:}
                  ¿Por qué medir y evaluar los procesos de internacionalización?
                  ¿Qué tipos de medición buscamos?
                Modera{:} Plataforma
            17:00–17:15 Europe/Paris  Conclusiones y cierre
                por parte de CUF{:} Cités Unies France (CUF) (Paris, FR)
            """;

    /** The event's own description, the same in every language. */
    private static final String GOBIERNOS_DESCRIPTION = """
            El pasado 11 de noviembre Mercociudades y la Dirección General de Coordinación Política de la Secretaría de Relaciones Exteriores de México firmaron un convenio con el objetivo de explorar nuevas fórmulas de colaboración que beneficien a las ciudades y, promuevan nuevos acercamientos y proyectos de cooperación entre ellas. Con esta meta ambas instituciones organizamos el seminario virtual “Gobiernos locales en acción: Alianzas estratégicas para el desarrollo local sostenible de la región”, a partir del cual esperamos iniciar un diálogo e intercambio de experiencias y buenas prácticas de la cooperación entre ciudades de México y la región del Cono sur.

            La Secretaría de Relaciones Exteriores, a través de la Dirección General de Coordinación Política lleva adelante el Programa de Internacionalización de Ciudades para un Desarrollo Local Sostenible enmarcado en el Objetivo 11 de la Agenda 2030 “Lograr que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes y sostenibles”. Mercociudades trabaja en desarrollar acciones que contribuyan a una gestión asociada para el desarrollo sostenible de las ciudades en la región.

            En ese marco se realiza este primer Seminario Virtual, en el que se desarrollarán dos paneles desde dónde se abordarán las experiencias de las ciudades sobre temáticas como el Turismo; la Reactivación económica post Covid-19; la Violencia basada en género, la Movilidad y el Desarrollo Urbano Sustentable y Cambio climático, como forma de incentivar el intercambio de las mismas entre ciudades de ambas regiones.

            Se invita a representantes de ciudades mexicanas y miembros de la Red Mercociudades que tienen vínculos ya establecidos para que compartan su experiencia y el trabajo que se ha hecho en el marco de dichas vinculaciones. Asimismo, también se invita a todas las ciudades de la región, ya que será un espacio propicio para compartir experiencias sobre cómo la actividad internacional ha generado beneficios en sus territorios; ello, en torno a los temas antes mencionados, así también, se podrán compartir desde las distintas visiones, cómo podrían potenciarse estas alianzas e incentivar nuevas alianzas estratégicas.

            En un segundo panel se abordarán y presentarán las herramientas y oportunidades existentes en los programas de Mercociudades y la Dirección General de Coordinación Política de la Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían participar para profundizar la cooperación y el trabajo conjunto.

            También se invitará a otros actores del territorio, así como a otras redes que participan y apoyan a los gobiernos locales en procesos de internacionalización y cooperación.

            Para participar se debe completar el formulario de inscripción en el siguiente link https://forms.gle/t8GEM2KjH9gYQxtU6 antes del próximo 9 de junio de 2021.

            """;

    private static final String GOBIERNOS = """
            Gobiernos locales en acción
            experiencias y buenas prácticas de cooperación entre ciudades de México y de la región del Cono sur
            {Friday, June 11, 2021} · 13:00–14:30 Uruguay · 11:00–12:30 México
            {Maximum duration:} 1 h 30 min
            {Registration:} {required} — https://forms.gle/t8GEM2KjH9gYQxtU6 — {last day} {Tuesday, June 8, 2021} ({“}antes del próximo 9 de junio de 2021{”})
            {Organized by:}
              Mercociudades
              Dirección General de Coordinación Política, Secretaría de Relaciones Exteriores (SRE) (MX)

            """
            + GOBIERNOS_DESCRIPTION + """
            {Topics:}
              Turismo
              Reactivación económica post Covid-19
              Violencia basada en género
              Movilidad
              Desarrollo Urbano Sustentable y Cambio climático
            {Audience:}
              Representantes de ciudades mexicanas y miembros de la Red Mercociudades que tienen vínculos ya establecidos
              Todas las ciudades de la región
              Otros actores del territorio
              Otras redes que participan y apoyan a los gobiernos locales en procesos de internacionalización y cooperación
            {Objectives:}
              Iniciar un diálogo e intercambio de experiencias y buenas prácticas de la cooperación entre ciudades de México y la región del Cono sur
              Compartir cómo podrían potenciarse estas alianzas e incentivar nuevas alianzas estratégicas
              Presentar las herramientas y oportunidades de los programas de Mercociudades y de la Dirección General de Coordinación Política en los que los gobiernos locales podrían participar
            {Framework:}
              Agenda 2030, Objetivo 11: “Lograr que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes y sostenibles”
              Programa de Internacionalización de Ciudades para un Desarrollo Local Sostenible (Secretaría de Relaciones Exteriores, Dirección General de Coordinación Política)
              Convenio entre Mercociudades y la Dirección General de Coordinación Política de la Secretaría de Relaciones Exteriores de México, firmado el 11 de noviembre
            {Methodology:} Diálogo entre los participantes moderado por un facilitador.

            {Programme}
            13:00–13:15 Uruguay · 11:00–11:15 México  Inauguración
                {Speaker:} Ana Laura Pérez, Directora de Coordinación de Gestión y Análisis para América Latina y el Caribe, Secretaría de Relaciones Exteriores (SRE) (MX)
                {Speaker:} Lic. Mag. Marcela Petrantonio, Secretaria Ejecutiva, Mercociudades
                {Speaker:} Lic. Ximena Escobedo, Directora General de Coordinación Política, Dirección General de Coordinación Política, Secretaría de Relaciones Exteriores (SRE) (MX)
            13:15–13:50 Uruguay · 11:15–11:50 México  Panel 1: Alianzas estratégicas para el desarrollo local sostenible de la región
                {Objective:} Compartir experiencias y lecciones aprendidas en la articulación de una estrategia de internacionalización en los temáticas arriba indicadas.
                Las experiencias de las ciudades sobre temáticas como el Turismo; la Reactivación económica post Covid-19; la Violencia basada en género, la Movilidad y el Desarrollo Urbano Sustentable y Cambio climático, como forma de incentivar el intercambio de las mismas entre ciudades de ambas regiones.
                Facilitadora{:} Dr. Manuel Martínez Justo, Director, FES Acatlán, Universidad Nacional Autónoma de México (UNAM) (MX)
                {Panelist:} María Dolores Hernández Montoya, Directora de Relaciones Internacionales, Ciudades Hermanas y Atención al Migrante, Guadalajara (MX)
                {Panelist:} Ricardo Herrera, Director de Vinculación Internacional e Institucional, Puebla (MX)
                {Panelist:} Ericka Hernández, Jefa de Asuntos Internacionales y Ciudades Hermanas, Toluca (MX)
                {Panelist:} Carina Lucero, Coordinadora General de Planificación, Relaciones Internacionales e Inversiones, Municipalidad de General Alvear (General Alvear, AR)
                {Panelist:} Sofía Arce, Directora General de Relaciones Internacionales, Alcaldía de Cuenca (Cuenca, EC)
                {Panelist:} Ricardo Sondermann, Secretario de Relaciones Internacionales, Prefeitura de Porto Alegre (Porto Alegre, BR)
                Sesión de preguntas y respuestas
            13:50–14:20 Uruguay · 11:50–12:20 México  Panel 2: Oportunidades para desarrollar la cooperación internacional en clave local
                {Objective:} Dar a conocer herramientas y apoyos institucionales con los que cuenta México y Mercociudades para promover la acción internacional local y la cooperación descentralizada.
                Se abordarán y presentarán las herramientas y oportunidades existentes en los programas de Mercociudades y la Dirección General de Coordinación Política de la Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían participar para profundizar la cooperación y el trabajo conjunto.
                Facilitador{:} Jorge Rodríguez, Coordinador, Secretaría Técnica Permanente de Mercociudades, Mercociudades
                {Panelist:} Lic. Carlos Castillo Pérez, Director General de Cooperación y Relaciones Económicas Bilaterales, Secretaría de Relaciones Exteriores (SRE) (MX)
                {Panelist:} Lic. Monserrat Iglesias Servin, Directora de Coordinación Política, Secretaría de Relaciones Exteriores (SRE) (MX)
                {Panelist:} Lic. Mariela Couto, Programa de Cooperación Sur Sur de Mercociudades, Mercociudades
                {Panelist:} Lic. María del Huerto Romero, Dirección General de Relaciones Internacionales, Municipalidad de Rosario (Rosario, AR)
                Sesión de preguntas y respuestas
            14:20–14:30 Uruguay · 12:20–12:30 México  Cierre
                {Speaker:} Fabiana Goyeneche, Directora de Relaciones Internacionales y Cooperación, Intendencia de Montevideo; Vicepresidencia de Relaciones Institucionales (Montevideo, UY)
            """;
}
