package vn.kiemchung.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.TestClient;

/**
 * The app is killed (destroyForcibly, as kill -9) during a batch of uploads. After a restart on the
 * same data folder, every upload that was acknowledged (201) is there byte for byte, and the
 * extractions it had not finished resume by themselves.
 */
@Tag("slow")
class KillRestartTest {

    private static final String PASSWORD = "kill-test-password";

    @Test
    void acknowledgedUploadsSurviveAKillAndExtractionResumes(@TempDir Path data) throws Exception {
        int port = AppProcess.freePort();
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Integer> before = new TreeMap<>();
        long dossier;
        AppProcess first = AppProcess.start(data, port, PASSWORD, "first.log");
        try {
            first.awaitUp(Duration.ofMinutes(3));
            TestClient api = new TestClient(port, "admin", PASSWORD);
            dossier = api.dossier("Tỉnh Bạc Liêu", 2023);
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(30);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    ObjectMapper json = new ObjectMapper();
                    for (int i = 0; !stop.get() && i < 100; i++) {
                        byte[] bytes = ("QUYẾT ĐỊNH số " + client + "-" + i + "/QĐ-UBND về chuyển đổi số năm 2023\n"
                                + "Kế hoạch ".repeat(200)).getBytes(StandardCharsets.UTF_8);
                        try {
                            TestClient.Answer r = api.upload(dossier, "1.1", "qd-" + client + "-" + i + ".txt", bytes);
                            if (r.status() == 201) {
                                JsonNode body = json.readTree(r.body());
                                acknowledged.put(body.get("id").asLong(), body.get("sha256").asText());
                                enough.countDown();
                            }
                        } catch (Exception e) {
                            return; // the server went away mid-request: not acknowledged
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            enough.await();
            // What the app had not finished reading, just before it dies.
            for (JsonNode e : new ObjectMapper().readTree(api.get("/api/v1/dossiers/" + dossier + "/evidence").body())) {
                before.merge(e.get("extractionStatus").asText(), 1, Integer::sum);
            }
            first.process.destroyForcibly().waitFor();
            stop.set(true);
            for (Thread t : clients) {
                t.join(30_000);
            }
        } catch (Exception | AssertionError e) {
            first.process.destroyForcibly().waitFor();
            AppProcess.stopPostgres(data);
            throw e;
        }
        System.out.println("Killed with " + acknowledged.size() + " acknowledged uploads; extraction status just before: " + before);

        AppProcess second = AppProcess.start(data, port, PASSWORD, "second.log");
        try {
            long t0 = System.nanoTime();
            second.awaitUp(Duration.ofMinutes(3));
            System.out.println("Restarted in " + (System.nanoTime() - t0) / 1_000_000 + " ms; leftover PostgreSQL stopped: "
                    + java.nio.file.Files.readString(second.log).contains("from a previous run still holds"));
            TestClient api = new TestClient(port, "admin", PASSWORD);
            for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
                TestClient.Answer r = api.download(e.getKey());
                assertThat(r.status()).as("evidence " + e.getKey()).isEqualTo(200);
                assertThat(HostileCorpusTest.sha256(r.bytes())).isEqualTo(e.getValue());
            }
            Map<String, Integer> after = new TreeMap<>();
            long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
            while (true) {
                after.clear();
                for (JsonNode e : new ObjectMapper().readTree(api.get("/api/v1/dossiers/" + dossier + "/evidence").body())) {
                    after.merge(e.get("extractionStatus").asText(), 1, Integer::sum);
                }
                if (!after.containsKey("PENDING") && !after.containsKey("RUNNING") || System.currentTimeMillis() > deadline) {
                    break;
                }
                Thread.sleep(1000);
            }
            System.out.println("After restart: " + after);
            assertThat(before.getOrDefault("PENDING", 0) + before.getOrDefault("RUNNING", 0))
                    .as("extractions unfinished at the kill").isPositive();
            assertThat(after).containsOnlyKeys("DONE");
            assertThat(after.get("DONE")).isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(second.tail() + "").doesNotContain("Exception in thread \"main\"");
        } finally {
            second.stop(data);
        }
    }
}
