package vn.kiemchung.robustness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.kiemchung.TestClient;

/** The app as a separate JVM on the test classpath, the way an operator runs it (and kills it). */
final class AppProcess {

    final Process process;
    final int port;
    final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static AppProcess start(Path data, int port, String password, String logName, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "vn.kiemchung.KiemchungApplication",
                "--server.port=" + port,
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + password));
        command.addAll(List.of(extra));
        Path log = data.resolve(logName);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(process, port, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for /actuator/health to answer UP. */
    void awaitUp(Duration timeout) throws Exception {
        TestClient anyone = TestClient.anonymous(port).withTimeout(Duration.ofSeconds(5));
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                TestClient.Answer r = anyone.get("/actuator/health");
                if (r.status() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app not up within " + timeout + ":\n" + tail());
    }

    /** A clean stop (SIGTERM: Spring closes the embedded servers), forced if it takes too long. */
    void stop(Path data) throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        stopPostgres(data);
    }

    /** A kill -9 leaves the embedded PostgreSQL running; a test cleans it up when it is done. */
    static void stopPostgres(Path data) throws Exception {
        Path pid = data.resolve("db").resolve("postmaster.pid");
        if (Files.isRegularFile(pid)) {
            long id = Long.parseLong(Files.readAllLines(pid).get(0).strip());
            ProcessHandle.of(id).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(p -> {
                        p.destroy();
                        try {
                            p.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
