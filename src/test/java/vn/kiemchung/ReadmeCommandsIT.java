package vn.kiemchung;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.TestClient;

/**
 * The README's commands, run as a newcomer runs them: the packaged jar started as its own process
 * with {@code java -jar}, from an empty folder that is not the repository, with no setting but the
 * admin password (and the port, so the test never collides with a server already on 8080). Runs
 * after {@code package} (failsafe), on the jar the build just made.
 */
class ReadmeCommandsIT {

    private static final Path JAR = Path.of("target", "kiemchung.jar").toAbsolutePath();
    private static final Path SAMPLE = Path.of("sample-evidence", "bac-lieu-2023").toAbsolutePath();
    private static final String PASSWORD = "readme-test-Pw-2026";

    @TempDir
    Path workingDir;

    private final List<Process> started = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process p : started) {
            stop(p);
        }
    }

    @Test
    void javaDashJarServesTheApiWithBuiltInRulesFromAnEmptyFolderAndKeepsFilesAcrossARestart() throws Exception {
        int port = freePort();
        Process server = startServer(port, "server-1.log");
        TestClient api = new TestClient(port, "admin", PASSWORD);

        // a year without an indicator set is refused, saying which years exist, in both languages
        TestClient.Answer noSuchYear = api.post("/api/v1/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", 2031));
        assertThat(noSuchYear.status()).isEqualTo(422);
        assertThat(noSuchYear.body()).contains("Chưa có bộ chỉ số cho năm 2031").contains("no indicator set for 2031")
                .contains("2023");

        long dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
        Path pdf = SAMPLE.resolve("1.1").resolve("Quyết định 412 kiện toàn BCĐ chuyển đổi số.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        JsonNode stored = api.uploadOk(dossier, "1.1", pdf.getFileName().toString(), bytes);
        long evidenceId = stored.get("id").asLong();

        JsonNode report = reportOnceRead(api, dossier, "1.1/" + pdf.getFileName());
        assertThat(report.get("rulesetVersion").asText()).as("rules of the jar in service").endsWith("+built-in");
        int findings = 0;
        for (JsonNode indicator : report.get("indicators")) {
            findings += indicator.get("findings").size();
        }
        assertThat(findings).as("findings from the built-in rules").isGreaterThan(10);
        JsonNode read = documentAt(report, "1.1/" + pdf.getFileName());
        assertThat(read.get("number").asText()).isEqualTo("412/QĐ-UBND");

        JsonNode source = json.readTree(api.get("/api/v1/rules/source").body());
        assertThat(source.get("kind").asText()).isEqualTo("built-in");
        assertThat(Path.of(source.get("root").asText())).startsWith(workingDir.resolve("data").toRealPath());

        // pages answer in Vietnamese, English on request, including their error pages
        TestClient.Answer missing = api.page("/dossiers/987654");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy");
        TestClient.Answer rulesPage = api.page("/rules?year=2023");
        assertThat(rulesPage.status()).isEqualTo(200);
        assertThat(rulesPage.body()).contains("Luật đang áp dụng").doesNotContain("0 luật trong 0 tệp");
        TestClient.Answer noPage = api.page("/no-such-page?lang=en");
        assertThat(noPage.status()).isEqualTo(404);
        assertThat(noPage.body()).contains("Page not found");
        TestClient.Answer noPageVi = api.page("/no-such-page?lang=vi");
        assertThat(noPageVi.body()).contains("Không tìm thấy trang");

        // a page the account may not see: a 403 page in Vietnamese, not an English one
        TestClient.Answer leader = api.post("/api/v1/admin/accounts", Map.of("username", "lanh-dao",
                "password", "Lanh-dao-Tinh-2026!", "role", "LEADER"));
        assertThat(leader.status()).as(leader.body()).isEqualTo(201);
        TestClient.Answer forbidden = new TestClient(port, "lanh-dao", "Lanh-dao-Tinh-2026!").page("/admin");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Bạn không có quyền");

        // everything the server keeps is under ./data of the folder it was started from
        assertThat(workingDir.resolve("data").resolve("objects")).isDirectory();
        assertThat(workingDir.resolve("data").resolve("db")).isDirectory();

        stop(server);
        startServer(port, "server-2.log");
        TestClient.Answer copy = api.download(evidenceId);
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.bytes()).as("the same bytes after a restart").isEqualTo(bytes);
        assertThat(copy.headers().firstValue("Content-Disposition").orElse(""))
                .contains("UTF-8''" + java.net.URLEncoder.encode(pdf.getFileName().toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
    }

    /**
     * {@code java -jar} hands the server to a JVM started from the unpacked jar; the first start of a jar
     * makes the server's class-data archive in the background, the next start uses it; stopping the command
     * stops the server it started, and leaves no process behind.
     */
    @Test
    void theServerStartsAgainFromTheUnpackedJarWithItsClassDataArchiveAndStopsWithTheCommand() throws Exception {
        Path cache = workingDir.resolve("cache"); // a cache of its own: this jar is new to it
        Map<String, String> env = Map.of("KIEMCHUNG_CACHE", cache.toString());
        int port = freePort();
        Process first = startServer(port, "serve-1.log", env);
        awaitLine(workingDir.resolve("serve-1.log"), "Server started again from the unpacked jar, without a class-data archive yet");
        Path archive = awaitServerArchive(cache, Duration.ofMinutes(5));
        List<ProcessHandle> underFirst = first.descendants().toList();
        assertThat(underFirst).as("the server's JVM runs under the command's").isNotEmpty();

        stop(first);
        assertThat(first.exitValue()).as("stopped by TERM, as a service manager stops it").isNotZero();
        for (ProcessHandle p : underFirst) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(underFirst).as("nothing of the first server is left").noneMatch(ProcessHandle::isAlive);
        try (java.util.stream.Stream<Path> left = Files.list(archive.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-made archive or claim left")
                    .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".dumping"));
        }

        Process second = startServer(port, "serve-2.log", env);
        // handed over before Spring Boot's loader started: the jar's main class found the copy and the archive
        awaitLine(workingDir.resolve("serve-2.log"),
                "Server started again from the unpacked jar, with its class-data archive, handed over by the jar's main class");
        TestClient.Answer dossiers = new TestClient(port, "admin", PASSWORD).get("/api/v1/dossiers");
        assertThat(dossiers.status()).as(dossiers.body()).isEqualTo(200);

        // the command killed outright (kill -9): the server it started does not outlive it
        List<ProcessHandle> underSecond = second.descendants().toList();
        second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle p : underSecond) {
            p.onExit().get(90, TimeUnit.SECONDS);
        }
        assertThat(underSecond).as("the server ends with the command that started it").noneMatch(ProcessHandle::isAlive);
        try (java.net.ServerSocket free = new java.net.ServerSocket(port)) {
            assertThat(free.getLocalPort()).as("its port is free again").isEqualTo(port);
        }
    }

    /** The line is written once the application has started, which may be just after health answers UP. */
    private static void awaitLine(Path log, String line) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(Files.readString(log)).contains(line);
    }

    private static Path awaitServerArchive(Path cache, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(cache.resolve("runtime"))) {
                try (java.util.stream.Stream<Path> copies = Files.list(cache.resolve("runtime"))) {
                    for (Path copy : copies.toList()) {
                        if (Files.isRegularFile(copy.resolve("server.jsa"))) {
                            return copy.resolve("server.jsa");
                        }
                    }
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no class-data archive for the server within " + limit);
    }

    /**
     * A newcomer's first audit, with nothing in the cache folder: the rules compiled into the jar at build
     * time are used (nothing compiled, so nothing kept), and the parse children leave the class-data archive
     * the next ones start from.
     */
    @Test
    void auditFromAnEmptyFolderUsesTheRulesInsideTheJar(@TempDir Path cache) throws Exception {
        Path out = workingDir.resolve("report.json");
        Process p = auditOfTheSample(out, "audit.log", cache);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("audit finished").isTrue();
        String log = Files.readString(workingDir.resolve("audit.log"));
        assertThat(p.exitValue()).as("exit 1: the sample has ERROR findings\n" + log).isEqualTo(1);
        // run by a second JVM from the unpacked jar, C1 only, with the options the command was given
        assertThat(log).containsPattern("started again from the unpacked jar \\(after unpacking it\\): .*-XX:TieredStopAtLevel=1 -XX:\\+UseSerialGC .*-Xmx700m");
        assertThat(log).as("the command line logs warnings and worse only (CliLogging)").doesNotContainPattern("(?m)^(TRACE|DEBUG|INFO)\\b")
                .doesNotContain("org.drools").doesNotContain("KieContainer").doesNotContain("SLF4J");
        JsonNode report = json.readTree(out.toFile());
        assertThat(report.get("rulesetVersion").asText()).endsWith("+built-in");
        assertThat(report.get("province").asText()).isEqualTo("Tỉnh Bạc Liêu");
        assertThat(report.get("documents").size()).isGreaterThan(50);
        assertThat(report.get("projectedScore").decimalValue()).isPositive();
        try (Stream<Path> left = Files.list(workingDir)) {
            assertThat(left.map(f -> f.getFileName().toString()).toList())
                    .as("the command line writes nothing into the folder it runs in but what it is asked to")
                    .containsExactlyInAnyOrder("report.json", "audit.log");
        }
        assertThat(cache.resolve("compiled-rules")).as("the built-in rules came compiled in the jar: nothing compiled, nothing kept")
                .doesNotExist();
        // written by the first parse child as it ends, on its own once the command let it go
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (!archiveWritten(cache) && Instant.now().isBefore(limit)) {
            Thread.sleep(200);
        }
        assertThat(archiveWritten(cache)).as("the parse children's class-data archive, beside the unpacked jar").isTrue();

        // the command line's class-data archive, made in the background from the classes the first audit listed
        Path commandArchive;
        try (Stream<Path> copies = Files.list(cache.resolve("runtime"))) {
            commandArchive = copies.filter(Files::isDirectory).findFirst().orElseThrow().resolve("command.jsa");
        }
        limit = Instant.now().plus(Duration.ofMinutes(3));
        while (!(Files.isRegularFile(commandArchive) && Files.notExists(commandArchive.resolveSibling("command.jsa.dumping")))
                && Instant.now().isBefore(limit)) {
            Thread.sleep(200);
        }
        assertThat(commandArchive).as("the command line's class-data archive").isRegularFile();
        try (Stream<Path> left = Files.list(commandArchive.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no class list, claim, log or crash report left")
                    .noneMatch(n -> n.startsWith("command.") && !n.equals("command.jsa") || n.startsWith("hs_err"));
        }

        // the same audit again: the jar's main class finds the copy and hands over before Spring Boot's loader starts,
        // with the command line's archive mapped; nothing changed, so the previous report answers
        Path again = workingDir.resolve("again.json");
        Process q = auditOfTheSample(again, "again.log", cache);
        assertThat(q.waitFor(2, TimeUnit.MINUTES)).as("second audit finished").isTrue();
        String againLog = Files.readString(workingDir.resolve("again.log"));
        assertThat(q.exitValue()).as(againLog).isEqualTo(1);
        assertThat(againLog).containsPattern("started again from the unpacked jar \\(by the jar's main class\\): -XX:SharedArchiveFile=\\S+command\\.jsa .*-XX:TieredStopAtLevel=1 .*-Xmx700m")
                .contains("report reused");
        assertThat(json.readTree(again.toFile()).get("projectedScore")).isEqualTo(report.get("projectedScore"));
    }

    /** {@code java -Xmx700m -jar kiemchung.jar audit <sample> --format json --out <out> --timings}, as a newcomer types it. */
    private Process auditOfTheSample(Path out, String log, Path cache) throws IOException {
        ProcessBuilder audit = new ProcessBuilder(java(), "-Xmx700m", "-jar", JAR.toString(), "audit", SAMPLE.toString(),
                "--format", "json", "--out", out.toString(), "--timings")
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDir.resolve(log).toFile());
        clean(audit.environment());
        audit.environment().put("KIEMCHUNG_CACHE", cache.toString());
        Process p = audit.start();
        started.add(p);
        return p;
    }

    /** A parse-child.jsa whose header (written last, starting with the magic number) is there. */
    private static boolean archiveWritten(Path cache) throws IOException {
        try (Stream<Path> archives = Files.find(cache.resolve("runtime"), 2, (f, a) -> f.getFileName().toString().equals("parse-child.jsa"))) {
            for (Path archive : archives.toList()) {
                byte[] head = new byte[4];
                try (var in = Files.newInputStream(archive)) {
                    if (in.readNBytes(head, 0, 4) == 4 && (head[0] | head[1] | head[2] | head[3]) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void extractReadsAScanWithNothingButJavaOnThePath() throws Exception {
        Path scan = SAMPLE.resolve("1.2").resolve("TB 128 kết luận phiên họp BCĐ CĐS 6 tháng (bản scan).pdf");
        Path out = workingDir.resolve("extract.json");
        ProcessBuilder extract = new ProcessBuilder(java(), "-jar", JAR.toString(), "extract", scan.toString(),
                "--format", "json", "--no-cache")
                .directory(workingDir.toFile())
                .redirectError(workingDir.resolve("extract.log").toFile())
                .redirectOutput(out.toFile());
        clean(extract.environment());
        // no tesseract command anywhere: OCR must come from the jar
        extract.environment().put("PATH", Path.of(java()).getParent().toString());
        Process p = extract.start();
        started.add(p);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(workingDir.resolve("extract.log"))).isZero();
        JsonNode read = json.readTree(out.toFile());
        JsonNode doc = read.isArray() ? read.get(0) : read;
        assertThat(doc.toString()).contains("128/TB-UBND").contains("Lê Hoàng Nam");
        assertThat(doc.get("ocr").asBoolean()).isTrue();
    }

    private Process startServer(int port, String logName) throws IOException, InterruptedException {
        return startServer(port, logName, Map.of());
    }

    private Process startServer(int port, String logName, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString())
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workingDir.resolve(logName).toFile()));
        clean(builder.environment());
        builder.environment().putAll(env);
        builder.environment().put("KIEMCHUNG_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("PORT", String.valueOf(port));
        Process process = builder.start();
        started.add(process);
        awaitHealthUp(process, port, workingDir.resolve(logName));
        return process;
    }

    /** No KIEMCHUNG_* or Spring setting of the developer's shell leaks into the newcomer's run. */
    private static void clean(Map<String, String> env) {
        env.keySet().removeIf(k -> k.startsWith("KIEMCHUNG_") || k.startsWith("SPRING_") || k.equals("PORT"));
    }

    private static void awaitHealthUp(Process process, int port, Path log) throws IOException, InterruptedException {
        TestClient anyone = TestClient.anonymous(port).withTimeout(Duration.ofSeconds(5));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                TestClient.Answer r = anyone.get("/actuator/health");
                if (r.status() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("health not UP within 4 minutes:\n" + tail(log));
    }

    private JsonNode reportOnceRead(TestClient api, long dossier, String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode report = null;
        while (Instant.now().isBefore(deadline)) {
            TestClient.Answer r = api.get("/api/v1/dossiers/" + dossier + "/report");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            report = json.readTree(r.body());
            JsonNode doc = documentAt(report, path);
            if (doc != null && doc.hasNonNull("number")) {
                return report;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the upload was not read within 3 minutes: " + report);
    }

    private static JsonNode documentAt(JsonNode report, String path) {
        for (JsonNode d : report.get("documents")) {
            if (path.equals(d.get("path").asText())) {
                return d;
            }
        }
        return null;
    }

    private static void stop(Process p) throws InterruptedException {
        if (p.isAlive()) {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
