package org.agendum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code agendum} command: validate, convert and show event files.
 *
 * <p>Exit codes: 0 when all went well (and validation found no errors), 1 when validation found
 * errors, 2 when an input cannot be read, an output cannot be written or the command line is wrong.
 */
@Command(name = "agendum",
        mixinStandardHelpOptions = true,
        versionProvider = Agendum.Version.class,
        description = "Validate, convert and show event files (canonical JSON, and the other installed formats).",
        footer = {"", "Documentation: " + Agendum.SITE + "#readme"},
        subcommands = CommandLine.HelpCommand.class)
public final class Agendum implements Runnable {

    /** Validation found no errors, or the command succeeded. */
    public static final int OK = 0;
    /** Validation found errors. */
    public static final int ERRORS_FOUND = 1;
    /** An input could not be read, an output could not be written, or the command line is wrong. */
    public static final int UNREADABLE = 2;

    /** The project's site, as the parent POM's {@code <url>} gives it (a test keeps them equal). */
    static final String SITE = "https://github.com/agendum/agendum";
    /** The published {@code docs/} folder: the jar does not carry it, so help points there. */
    static final String DOCS = SITE + "/blob/main/docs/";

    @Spec
    private CommandSpec spec;

    private Agendum() {}

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(args, System.in, System.out, out, err);
        System.exit(code);
    }

    /**
     * Runs the command line in-process, on given streams.
     *
     * @param args the arguments
     * @param in what "-" reads
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return execute(args, in, new WriterOutputStream(out), out, err);
    }

    private static int execute(String[] args, InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err) {
        Io io = new Io(in, rawOut, out, err);
        CommandLine commandLine = new CommandLine(new Agendum())
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new ConvertCommand(io))
                .addSubcommand(new ShowCommand(io))
                .addSubcommand(new SchemaCommand(io))
                .addSubcommand(new FormatsCommand(io))
                .addSubcommand(new AutoComplete.GenerateCompletion())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    boolean verbose = line.getParseResult().hasMatchedOption("--verbose");
                    line.getErr().println("agendum: " + e.getMessage());
                    if (verbose) {
                        e.printStackTrace(line.getErr());
                    }
                    line.getErr().flush();
                    return UNREADABLE;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: validate, convert, show, schema or formats");
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Agendum.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"agendum " + properties.getProperty("version", "(unknown version)")};
        }
    }

    /** Bytes written to a text stream, for formats that write bytes, when a test gives a writer. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void flush() {
            writer.write(new String(pending.toByteArray(), StandardCharsets.UTF_8));
            pending.reset();
            writer.flush();
        }
    }
}
