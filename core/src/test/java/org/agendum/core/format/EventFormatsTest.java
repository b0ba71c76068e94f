package org.agendum.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFormatsTest {

    private static final String SERVICES = "META-INF/services/" + EventFormat.class.getName();

    private static final Event SEMINAR = Event.builder()
            .id("seminario-2021")
            .title("Alianzas estratégicas, «ciudades» y desarrollo — ¿por qué?")
            .zone(ZoneId.of("America/Montevideo"))
            .start(LocalDateTime.of(2021, 6, 11, 13, 0))
            .agenda(Agenda.compose()
                    .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                    .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas \"estratégicas\", región").label("Panel 1")
                    .toAgenda())
            .build();

    @Test
    void available_withNoProviders_isEmpty() throws IOException {
        try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
            assertThat(EventFormats.available(nothing)).isEmpty();
        }
    }

    @Test
    void lookups_withNoProviders_findNothing_andGetListsNone() throws IOException {
        try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
            withContextLoader(nothing, () -> {
                assertThat(EventFormats.available()).isEmpty();
                assertThat(EventFormats.find("json")).isEmpty();
                assertThat(EventFormats.forFileName("seminario.json")).isEmpty();
                assertThatThrownBy(() -> EventFormats.get("json"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("none");
            });
        }
    }

    @Test
    void nullArguments_throwNullPointerException() {
        assertThatThrownBy(() -> EventFormats.available(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventFormats.find(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventFormats.forFileName(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theTestServicesFile_isOnTheTestClassPath() {
        assertThat(ProviderClassLoader.testClassesDirectory().resolve(SERVICES)).isRegularFile();
    }

    @Test
    void twoFormatsWithOneNameIgnoringCase_areAnError(@TempDir Path dir) throws IOException {
        Path services = dir.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, ShoutingTextEventFormat.class.getName() + "\n", StandardCharsets.UTF_8);

        try (ProviderClassLoader loader = ProviderClassLoader.withRoots(
                List.of(dir.toUri().toURL(), ProviderClassLoader.testClassesRoot()))) {
            assertThatThrownBy(() -> EventFormats.available(loader)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void forFileName_prefersTheLongestCompoundExtensionThatEndsTheName(@TempDir Path dir) throws IOException {
        Path services = dir.resolve(SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, CsvTableEventFormat.class.getName() + "\n" + CsvEventFormat.class.getName() + "\n",
                StandardCharsets.UTF_8);

        try (ProviderClassLoader loader = ProviderClassLoader.withRoots(
                List.of(dir.toUri().toURL(), ProviderClassLoader.testClassesRoot()))) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                assertThat(EventFormats.forFileName("talks.table.csv")).map(EventFormat::name).hasValue("csv-table");
                assertThat(EventFormats.forFileName("dir.d/TALKS.TABLE.CSV")).map(EventFormat::name).hasValue("csv-table");
                assertThat(EventFormats.forFileName("talks.csv")).map(EventFormat::name).hasValue("csv");
                assertThat(EventFormats.forFileName("mytable.csv")).map(EventFormat::name).hasValue("csv");
                assertThat(EventFormats.forFileName("table.csv")).map(EventFormat::name).hasValue("csv");
                assertThat(EventFormats.forFileName("x/.table.csv")).map(EventFormat::name).hasValue("csv");
                assertThat(EventFormats.forFileName("table.csv/notes")).isEmpty();
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    /** With the formats of the test resources' services file installed: "text" and "csv". */
    @Nested
    class WithTestFormatsInstalled {

        private ProviderClassLoader loader;
        private ClassLoader previous;

        @BeforeEach
        void install() {
            loader = ProviderClassLoader.forTestServices();
            previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
        }

        @AfterEach
        void uninstall() throws IOException {
            Thread.currentThread().setContextClassLoader(previous);
            loader.close();
        }

        @Test
        void available_listsTheFormatsInOrderOfName() {
            assertThat(EventFormats.available()).extracting(EventFormat::name).containsExactly("csv", "text");
            assertThat(EventFormats.available(loader)).extracting(EventFormat::name).containsExactly("csv", "text");
        }

        @Test
        void available_loadsAfreshOnEveryCall_andReturnsAnUnmodifiableList() {
            List<EventFormat> first = EventFormats.available();
            List<EventFormat> second = EventFormats.available();

            assertThat(first.get(1)).isNotSameAs(second.get(1));
            assertThatThrownBy(() -> first.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void find_ignoresCase() {
            assertThat(EventFormats.find("text")).map(EventFormat::fileExtension).hasValue("txt");
            assertThat(EventFormats.find("TEXT")).map(EventFormat::name).hasValue("text");
            assertThat(EventFormats.find("Csv")).map(EventFormat::mediaType).hasValue("text/csv");
            assertThat(EventFormats.find("json")).isEmpty();
        }

        @Test
        void find_ignoresCase_underATurkishDefaultLocale() {
            Locale previousLocale = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                assertThat(EventFormats.find("TEXT")).map(EventFormat::name).hasValue("text");
                assertThat(EventFormats.forFileName("SEMINARIO.TXT")).map(EventFormat::name).hasValue("text");
            } finally {
                Locale.setDefault(previousLocale);
            }
        }

        @Test
        void get_returnsTheFormat_orFailsListingTheInstalledNames() {
            assertThat(EventFormats.get("CSV").name()).isEqualTo("csv");
            assertThatThrownBy(() -> EventFormats.get("json"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("csv")
                    .hasMessageContaining("text");
        }

        @Test
        void forFileName_matchesTheExtensionIgnoringCase() {
            assertThat(EventFormats.forFileName("x/Seminar.TXT")).map(EventFormat::name).hasValue("text");
            assertThat(EventFormats.forFileName("programa.csv")).map(EventFormat::name).hasValue("csv");
            assertThat(EventFormats.forFileName("C:\\eventos\\programa.v2.CSV")).map(EventFormat::name).hasValue("csv");
        }

        @Test
        void forFileName_withoutAKnownExtension_findsNothing() {
            assertThat(EventFormats.forFileName("noextension")).isEmpty();
            assertThat(EventFormats.forFileName("eventos.d/noextension")).isEmpty();
            assertThat(EventFormats.forFileName("C:\\eventos.d\\noextension")).isEmpty();
            assertThat(EventFormats.forFileName("seminario.json")).isEmpty();
            assertThat(EventFormats.forFileName("seminario.")).isEmpty();
            assertThat(EventFormats.forFileName("seminario.txt.bak")).isEmpty();
        }

        @Test
        void text_toBytesAndFromBytes_roundTripTheTitle() throws EventFormatException {
            EventFormat text = EventFormats.get("text");

            byte[] document = text.toBytes(SEMINAR);
            assertThat(document).isEqualTo(SEMINAR.title().getBytes(StandardCharsets.UTF_8));

            Event read = text.fromBytes(document);
            assertThat(read.title()).isEqualTo(SEMINAR.title());
            assertThat(read.id()).isEqualTo(TextEventFormat.READ_ID);
            assertThat(read.zone()).isEqualTo(ZoneOffset.UTC);
            assertThat(read.start()).isEqualTo(TextEventFormat.READ_START);
            assertThat(text.fromBytes(text.toBytes(read))).isEqualTo(read);
            assertThat(text.canRead()).isTrue();
            assertThat(text.canWrite()).isTrue();
        }

        @Test
        void text_blankDocument_failsWithTheInvariantCode() {
            EventFormat text = EventFormats.get("text");

            assertThatThrownBy(() -> text.fromBytes("  ".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(EventFormatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.INVARIANT);
                        assertThat(e.code()).hasValue(Invariant.BLANK_TEXT.code());
                        assertThat(e.line()).hasValue(1);
                        assertThat(e.pointer()).isEmpty();
                        assertThat(e.getCause()).isInstanceOf(InvariantViolationException.class);
                        assertThat(((InvariantViolationException) e.getCause()).path()).isEqualTo("/title");
                    });
        }

        @Test
        void text_malformedDocuments_failWithTheirLine() {
            EventFormat text = EventFormats.get("text");

            assertThatThrownBy(() -> text.fromBytes(new byte[] {'A', (byte) 0xC3, '(', 'B'}))
                    .isInstanceOfSatisfying(EventFormatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.ENCODING);
                        assertThat(e.line()).hasValue(1);
                        assertThat(e.column()).isEmpty();
                        assertThat(e.code()).isEmpty();
                        assertThat(e.getCause()).isInstanceOf(CharacterCodingException.class);
                    });
            assertThatThrownBy(() -> text.fromBytes("Título\nOtro".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(EventFormatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.SYNTAX);
                        assertThat(e.line()).hasValue(2);
                        assertThat(e.column()).hasValue(1);
                        assertThat(e.getCause()).isNull();
                    });
        }

        @Test
        void csv_writesTheBlocks_butCannotRead() {
            EventFormat csv = EventFormats.get("csv");

            assertThat(csv.canRead()).isFalse();
            assertThat(csv.canWrite()).isTrue();
            assertThat(new String(csv.toBytes(SEMINAR), StandardCharsets.UTF_8)).isEqualTo("id,title\r\n"
                    + "opening-1,Inauguración\r\n"
                    + "panel-1,\"Panel 1: Alianzas \"\"estratégicas\"\", región\"\r\n");
            assertThatThrownBy(() -> csv.fromBytes(new byte[0])).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    private static void withContextLoader(ClassLoader loader, Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
