package vn.kiemchung.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
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

    private CliLogging() {
    }

    /**
     * Configures logging in a thread of its own while the command goes on (starting its first parse child):
     * loading logback and looking for its files on a long class path takes a quarter of a second. SLF4J keeps
     * what is logged meanwhile and replays it once the configuration is in place.
     */
    public static void configureBeside() {
        // what was logged meanwhile is replayed through the configuration; SLF4J's own note saying so is not for users
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread thread = new Thread(CliLogging::configure, "logging-setup");
        thread.setDaemon(true);
        thread.start();
    }

    public static void configure() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another logging backend: its own configuration applies
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
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
