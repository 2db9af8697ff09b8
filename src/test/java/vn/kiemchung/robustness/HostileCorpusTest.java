package vn.kiemchung.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.extraction.ExtractionCache;
import vn.kiemchung.extraction.ParseLimits;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.TikaTextExtractor;

/**
 * The hostile corpus (/work/shared/corpus, MANIFEST.tsv): every file through the audit path
 * (TikaTextExtractor + DocumentReader, default limits), then a sample through the real REST upload
 * of the running app. Run with
 * {@code ./mvnw -B -o test -Pslow -Dtest=HostileCorpusTest [-Dkiemchung.corpus=DIR]}.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest extends ServerTestSupport {

    private static final int SAMPLE = 330;
    private static Path corpus;
    private static List<Row> rows;
    private static final Map<String, Stats> extraction = new TreeMap<>();
    private static final Map<String, UploadStats> uploads = new TreeMap<>();
    private static final StringBuilder notes = new StringBuilder();
    private static volatile String currentCategory;
    private static final Map<String, Long> rssByCategory = new ConcurrentHashMap<>();
    private static final AtomicLong peakChildHwm = new AtomicLong();
    private static final List<String> bombAnswers = new ArrayList<>();

    @LocalServerPort
    int port;

    record Row(String category, Path file, long size, String sha256, String original) {
        String name() {
            return file.getFileName().toString();
        }
    }

    static final class Stats {
        int files;
        final Map<String, Integer> outcomes = new TreeMap<>();
        long maxMillis;
        String slowest;
        long totalMillis;
    }

    static final class UploadStats {
        int files;
        final Map<String, Integer> answers = new TreeMap<>();
        final Map<String, Integer> extraction = new TreeMap<>();
        long maxMillis;
    }

    @BeforeAll
    static void findCorpus() throws IOException {
        corpus = locate();
        Assumptions.assumeTrue(corpus != null, "hostile corpus not found (../shared/corpus or -Dkiemchung.corpus=DIR): skipped");
        rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 8) {
                continue;
            }
            rows.add(new Row(f[6], corpus.resolve(f[7]), Long.parseLong(f[4]), f[5], f[3]));
        }
        System.out.println("Hostile corpus: " + rows.size() + " files in " + corpus);
    }

    static Path locate() {
        String configured = System.getProperty("kiemchung.corpus");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("MANIFEST.tsv"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    @Test
    @Order(1)
    void everyFileEndsWithAnOutcomeWithinTheTimeout() throws Exception {
        ParseLimits limits = ParseLimits.defaults();
        Thread sampler = startRssSampler();
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        try (TikaTextExtractor extractor = new TikaTextExtractor(limits)) {
            Duration bound = limits.textTimeout().plus(extractor.ocrAvailable() ? limits.ocrTimeout() : Duration.ZERO)
                    .plusSeconds(30);
            DocumentReader reader = new DocumentReader(extractor, ExtractionCache.NONE);
            int n = 0;
            for (Row row : rows) {
                currentCategory = row.category();
                long t0 = System.nanoTime();
                ExtractedDocument doc;
                try {
                    doc = reader.read(row.file(), row.name(), row.sha256());
                } catch (RuntimeException e) {
                    problems.add(row.file() + ": threw " + e);
                    continue;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Stats s = extraction.computeIfAbsent(row.category(), k -> new Stats());
                s.files++;
                s.totalMillis += ms;
                String key = doc.outcome() + (doc.outcome() == Outcome.OK ? "" : ": " + shortReason(doc.reason()));
                s.outcomes.merge(key, 1, Integer::sum);
                if (ms > s.maxMillis) {
                    s.maxMillis = ms;
                    s.slowest = row.name();
                }
                if (doc.outcome() == null) {
                    problems.add(row.file() + ": no outcome");
                } else if (doc.outcome() != Outcome.OK && (doc.reason() == null || doc.reason().isBlank())) {
                    problems.add(row.file() + ": " + doc.outcome() + " without a reason");
                }
                if (ms > bound.toMillis()) {
                    problems.add(row.file() + ": took " + ms + " ms (bound " + bound.toMillis() + " ms)");
                }
                if (++n % 200 == 0) {
                    System.out.printf("  %d/%d files, %d s%n", n, rows.size(), (System.nanoTime() - started) / 1_000_000_000);
                }
            }
            // Still healthy: a plain file reads, memory and threads are sane.
            Path control = Files.createTempFile("control", ".txt");
            Files.writeString(control, "Quyết định số 12/QĐ-UBND về chuyển đổi số", StandardCharsets.UTF_8);
            assertThat(reader.read(control, "control.txt").outcome()).isEqualTo(Outcome.OK);
            Files.delete(control);
        } finally {
            currentCategory = null;
            sampler.interrupt();
        }
        long wall = (System.nanoTime() - started) / 1_000_000_000;
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024;
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        notes.append(String.format(Locale.ROOT, "Audit path: %d files in %d s; test JVM afterwards: %d MB heap used of %d MB, %d threads.%n",
                rows.size(), wall, usedMb, rt.maxMemory() / 1024 / 1024, threads));
        print();
        assertThat(problems).as("files without a clean outcome").isEmpty();
        assertThat(usedMb).isLessThan(rt.maxMemory() / 1024 / 1024 * 9 / 10);
        assertThat(threads).isLessThan(400);
    }

    @Test
    @Order(2)
    void aSampleUploadsThroughTheRestApiAndTheServiceStaysUp() throws Exception {
        List<Row> sample = sample();
        TestClient api = new TestClient(port, "admin", ADMIN_PASSWORD);
        long dossier = api.dossier(2023);
        HealthWatch health = new HealthWatch(port);
        health.start();
        List<String> problems = new ArrayList<>();
        Map<Long, Row> stored = new LinkedHashMap<>();
        try {
            for (Row row : sample) {
                byte[] bytes = Files.readAllBytes(row.file());
                long t0 = System.nanoTime();
                TestClient.Answer r = api.upload(dossier, "1.1", row.name(), bytes);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                UploadStats s = uploads.computeIfAbsent(row.category(), k -> new UploadStats());
                s.files++;
                s.maxMillis = Math.max(s.maxMillis, ms);
                s.answers.merge(String.valueOf(r.status()), 1, Integer::sum);
                if (row.category().equals("decompression-bomb")) {
                    String detail = r.status() == 201 ? "stored, read in the background"
                            : new ObjectMapper().readTree(r.body()).path("detail").asText();
                    bombAnswers.add("| `" + row.name() + "` | " + row.size() + " | " + r.status() + " | " + ms + " | "
                            + detail.replace("|", "/") + " |");
                }
                if (r.status() == 201) {
                    JsonNode body = new ObjectMapper().readTree(r.body());
                    long id = body.get("id").asLong();
                    stored.put(id, row);
                    byte[] back = api.download(id).bytes();
                    if (!sha256(back).equals(sha256(bytes)) || !body.get("sha256").asText().equals(sha256(bytes))) {
                        problems.add(row.name() + ": stored bytes differ");
                    }
                } else if (r.status() < 400 || r.status() >= 500) {
                    problems.add(row.name() + ": answered " + r.status() + " " + r.body());
                } else if (!r.body().contains("detailVi") || !r.body().contains(row.name())) {
                    problems.add(row.name() + ": problem does not name the file: " + r.body());
                }
            }
            // The background extraction of the accepted files finishes, and the service is still up.
            long deadline = System.currentTimeMillis() + Duration.ofMinutes(20).toMillis();
            JsonNode list;
            while (true) {
                list = new ObjectMapper().readTree(api.get("/api/v1/dossiers/" + dossier + "/evidence").body());
                boolean busy = false;
                for (JsonNode e : list) {
                    String status = e.get("extractionStatus").asText();
                    busy |= status.equals("PENDING") || status.equals("RUNNING");
                }
                if (!busy || System.currentTimeMillis() > deadline) {
                    break;
                }
                Thread.sleep(1000);
            }
            for (JsonNode e : list) {
                Row row = stored.get(e.get("id").asLong());
                if (row != null) {
                    uploads.get(row.category()).extraction.merge(e.get("extractionStatus").asText(), 1, Integer::sum);
                }
            }
        } finally {
            health.stop();
        }
        notes.append(String.format(Locale.ROOT, "REST sample: %d uploads, %d stored; /actuator/health polled %d times, %d not UP.%n",
                sample.size(), stored.size(), health.polls.get(), health.failures.get()));
        print();
        assertThat(sample.size()).isGreaterThanOrEqualTo(300);
        assertThat(problems).isEmpty();
        assertThat(health.failures.get()).as("health answers that were not UP").isZero();
        assertThat(health.polls.get()).isPositive();
        uploads.values().forEach(s -> assertThat(s.extraction).doesNotContainKeys("PENDING", "RUNNING"));
    }

    /** Every category, its three largest files (the largest bombs among them), then evenly spaced others. */
    static List<Row> sample() {
        Map<String, List<Row>> byCategory = new TreeMap<>();
        rows.forEach(r -> byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
        List<Row> out = new ArrayList<>();
        for (List<Row> list : byCategory.values()) {
            list.sort(Comparator.comparingLong(Row::size).reversed());
            int quota = Math.min(list.size(), Math.max(12, SAMPLE * list.size() / rows.size() + 1));
            if (list.get(0).category().equals("decompression-bomb")) {
                quota = list.size();
            }
            List<Row> pick = new ArrayList<>(list.subList(0, Math.min(3, quota)));
            int rest = quota - pick.size();
            for (int i = 0; i < rest; i++) {
                pick.add(list.get(3 + (int) ((long) i * (list.size() - 3) / Math.max(1, rest))));
            }
            out.addAll(pick.stream().distinct().toList());
        }
        return out;
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (corpus == null || extraction.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder();
        md.append("# Hostile corpus run\n\n");
        md.append("`HostileCorpusTest` (tagged `slow`): `./mvnw -B -o test -Pslow -Dtest=HostileCorpusTest "
                + "-Dkiemchung.corpus=/path/to/corpus` (default `../shared/corpus`). ")
                .append(rows.size()).append(" files of MANIFEST.tsv, default `ParseLimits` (text timeout 60 s, child heap 512m, ")
                .append("2 text children), OCR ").append(TesseractNote.note()).append(".\n\n");
        md.append(notes.toString().replace("\n", "\n\n"));
        md.append("## Audit path (TikaTextExtractor + DocumentReader), one file at a time\n\n");
        md.append("| category | files | outcomes | mean ms | max ms (file) | peak child RSS while parsing |\n|---|---:|---|---:|---|---:|\n");
        extraction.forEach((cat, s) -> md.append("| ").append(cat).append(" | ").append(s.files).append(" | ")
                .append(outcomes(s.outcomes)).append(" | ").append(s.files == 0 ? 0 : s.totalMillis / s.files).append(" | ")
                .append(s.maxMillis).append(" (`").append(s.slowest).append("`) | ")
                .append(rssByCategory.getOrDefault(cat, 0L) / 1024).append(" MB |\n"));
        md.append("\nPeak RSS of any parse child (VmHWM from /proc): ").append(peakChildHwm.get() / 1024).append(" MB.\n\n");
        if (!uploads.isEmpty()) {
            md.append("## REST upload sample (running app, embedded PostgreSQL and S3)\n\n");
            md.append("| category | uploads | HTTP answers | background extraction | max upload ms |\n|---|---:|---|---|---:|\n");
            uploads.forEach((cat, s) -> md.append("| ").append(cat).append(" | ").append(s.files).append(" | ")
                    .append(outcomes(s.answers)).append(" | ").append(outcomes(s.extraction)).append(" | ")
                    .append(s.maxMillis).append(" |\n"));
        }
        if (!bombAnswers.isEmpty()) {
            md.append("\n### Decompression bombs through the upload\n\n| file | bytes | HTTP | ms | answer |\n|---|---:|---:|---:|---|\n");
            bombAnswers.forEach(line -> md.append(line).append("\n"));
        }
        Path out = Path.of("docs", "hostile-corpus.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static void print() {
        extraction.forEach((cat, s) -> System.out.printf("  %-32s %4d files, max %6d ms, %s%n", cat, s.files, s.maxMillis,
                outcomes(s.outcomes)));
        uploads.forEach((cat, s) -> System.out.printf("  upload %-25s %4d, %s, extraction %s, max %d ms%n", cat, s.files,
                outcomes(s.answers), outcomes(s.extraction), s.maxMillis));
        System.out.print(notes);
    }

    private static String outcomes(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(k).append(" ×").append(v));
        return b.toString().replace("|", "/");
    }

    private static String shortReason(String reason) {
        if (reason == null) {
            return "(none)";
        }
        if (reason.startsWith("unsupported file type")) {
            return "unsupported file type";
        }
        String r = reason.replaceAll("\\(.*", "").replaceAll(":.*", "").strip();
        return r.length() > 40 ? r.substring(0, 40) : r;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Samples the RSS of this JVM's parse children from /proc while files are parsed. */
    private static Thread startRssSampler() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                ProcessHandle.current().descendants().forEach(p -> {
                    long[] mem = procMemory(p.pid());
                    if (mem != null) {
                        peakChildHwm.accumulateAndGet(mem[1], Math::max);
                        String cat = currentCategory;
                        if (cat != null) {
                            rssByCategory.merge(cat, mem[0], Math::max);
                        }
                    }
                });
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** {VmRSS, VmHWM} in kB, or null where /proc is not readable. */
    static long[] procMemory(long pid) {
        try {
            long rss = 0;
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new long[] {rss, hwm};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static final class TesseractNote {
        static String note() {
            try (TikaTextExtractor probe = new TikaTextExtractor()) {
                return probe.ocrAvailable() ? "on (tesseract with vie)" : "unavailable here (no tesseract `vie`), so scans end NO_TEXT";
            }
        }
    }

    /** Polls /actuator/health in a side thread and counts answers that are not UP. */
    static final class HealthWatch {
        final AtomicInteger polls = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        private final TestClient anyone;
        private volatile boolean running = true;
        private Thread thread;

        HealthWatch(int port) {
            this.anyone = TestClient.anonymous(port).withTimeout(Duration.ofSeconds(10));
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        TestClient.Answer r = anyone.get("/actuator/health");
                        if (r.status() != 200 || !r.body().contains("\"UP\"")) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    polls.incrementAndGet();
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "health-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(15_000);
        }
    }
}
