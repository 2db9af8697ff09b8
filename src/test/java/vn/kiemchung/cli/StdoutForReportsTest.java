package vn.kiemchung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A command's stdout carries its report and nothing else. The CI once failed on {@code extract --format json}
 * whose output began with a log line: a parse child's start was logged by logback's default console set-up
 * (to stdout) in the moment before the command's own logging was in place. Run in a JVM of its own, as a
 * command runs, with logging left unconfigured so the default set-up is what writes.
 */
class StdoutForReportsTest {

    @Test
    void logsAndStrayPrintsGoToStderrWhileTheReportAloneGoesToStdout() throws Exception {
        Streams said = run(Stray.class);
        assertThat(said.out()).isEqualTo("{\"báo cáo\": true}" + System.lineSeparator());
        assertThat(said.err()).contains("nhật ký trước khi cấu hình").contains("in lạc");
    }

    /**
     * A command logs from its first moment, while logback is still loading beside it: what it logged is
     * replayed through the command's own configuration (warnings to stderr in its short form), never through
     * logback's default one.
     */
    @Test
    void whatIsLoggedWhileLogbackLoadsGoesThroughTheCommandsConfiguration() throws Exception {
        Streams said = run(Command.class);
        assertThat(said.out()).isEqualTo("[ ]" + System.lineSeparator());
        assertThat(said.err()).contains("WARN v.k.c.StdoutForReportsTest$Command: cảnh báo khi vừa khởi động")
                .doesNotContain("chỉ là thông tin");
    }

    private record Streams(String out, String err) {
    }

    /** Runs {@code main} in a JVM of its own and gives what it wrote to stdout and to stderr. */
    private static Streams run(Class<?> main) throws Exception {
        String javaExecutable = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaExecutable, "-cp", System.getProperty("java.class.path"), main.getName()).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Streams(out, err.get());
    }

    /** As KiemchungApplication starts a command, logging at once. */
    public static final class Command {
        public static void main(String[] args) throws Exception {
            PrintStream reports = CliLogging.keepStdoutForReports();
            CliLogging.configureBeside();
            org.slf4j.Logger log = LoggerFactory.getLogger(Command.class);
            log.info("chỉ là thông tin");
            log.warn("cảnh báo khi vừa khởi động");
            Thread.sleep(500); // a replay happens once logback has loaded
            reports.println("[ ]");
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The command's start, as KiemchungApplication does it, with a log line and a stray print before the report. */
    public static final class Stray {
        public static void main(String[] args) {
            PrintStream reports = CliLogging.keepStdoutForReports();
            LoggerFactory.getLogger(Stray.class).warn("nhật ký trước khi cấu hình");
            System.out.println("in lạc");
            reports.println("{\"báo cáo\": true}");
        }
    }
}
