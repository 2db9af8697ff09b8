package vn.kiemchung.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The command line's logging: stdout is kept for reports, so logs go to stderr, warnings and worse only, and
 * the chatty libraries errors only. Set up in code rather than from an XML file: reading logback's XML took a
 * third of a second at every start, before the first parse child could be started (BENCHMARKS §1).
 */
public final class CliLogging {

    /** Libraries that warn about what is normal in evidence files (fonts, odd PDFs) or in rule builds. */
    static final List<String> ERRORS_ONLY = List.of("org.drools", "org.kie", "org.apache.pdfbox", "org.apache.fontbox",
            "org.apache.tika");

    /** Set by {@link #configureBeside}: logback's first configuration in this JVM is the command's ({@link CommandLineLogConfigurator}). */
    static final String COMMAND_LINE = "kiemchung.command-line-logging";
    /** The command's one appender: its presence says logback is configured the command's way. */
    private static final String APPENDER = "STDERR";

    private CliLogging() {
    }

    /**
     * The stream reports are written to (stdout, UTF-8 whatever the terminal's locale says); everything else that
     * would write to stdout from now on (a library's print, logback's default console output in the moment before
     * {@link #configureBeside} has put the command's own configuration in place) goes to stderr instead, so
     * {@code audit --format json > report.json} and {@code extract --format json} give JSON and nothing else.
     */
    public static PrintStream keepStdoutForReports() {
        PrintStream reports = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        return reports;
    }

    /**
     * Configures logging in a thread of its own while the command goes on (starting its first parse child):
     * loading logback and looking for its files on a long class path takes a quarter of a second. SLF4J keeps
     * what is logged meanwhile and replays it once logback is loaded, which is then already configured the
     * command's way ({@link CommandLineLogConfigurator}), so the replay goes to stderr, warnings and worse only.
     */
    public static void configureBeside() {
        // what was logged meanwhile is replayed through the configuration; SLF4J's own note saying so is not for users
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.setProperty(COMMAND_LINE, "true");
        Thread thread = new Thread(CliLogging::configure, "logging-setup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads logback; when it was loaded before {@link #configureBeside} (so not configured the command's way),
     * configures it now. Another logging backend keeps its own configuration.
     */
    public static void configure() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(APPENDER) == null) {
            configure(context);
        }
    }

    static void configure(LoggerContext context) {
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        for (String name : ERRORS_ONLY) {
            context.getLogger(name).setLevel(Level.ERROR);
        }
    }
}
