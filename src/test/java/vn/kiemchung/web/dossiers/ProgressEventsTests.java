package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.extraction.DocumentExtracted;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.review.Province;

/**
 * The progress stream is fed by events: it sends the counts on connecting, nothing while nothing
 * changes, and the end as soon as the last reading is told; an officer counts their own components only.
 */
class ProgressEventsTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void theStreamSendsNothingWhileNothingChangesAndEndsWhenTheLastReadingIsTold() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        awaitRead(dossier);
        long evidenceId = jdbc.sql("select id from evidence where dossier_id = ?").param(dossier).query(Long.class).single();
        // as if the file were being read still (nothing claims a RUNNING row of the embedded database)
        jdbc.sql("update extraction_job set status = 'RUNNING' where evidence_id = ?").param(evidenceId).update();

        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<?> stream = open(dossier, "dieu-phoi", lines);
        awaitLine(lines, "event:progress");
        Thread.sleep(2500);
        assertThat(lines.stream().filter("event:progress"::equals).count())
                .as("one count on connecting, none while nothing changes (a poll every second would send more)")
                .isEqualTo(1);
        assertThat(String.join("\n", lines)).contains("\"RUNNING\":1");

        jdbc.sql("update extraction_job set status = 'DONE' where evidence_id = ?").param(evidenceId).update();
        Instant told = Instant.now();
        events.publishEvent(new DocumentExtracted(evidenceId, dossier, "sha", RawText.Outcome.OK));
        stream.get(10, TimeUnit.SECONDS);
        assertThat(Duration.between(told, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(lines).contains("event:done");
        assertThat(String.join("\n", lines)).contains("\"DONE\":1");
    }

    @Test
    void anOfficerCountsOnlyTheirOwnComponents() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(coordinator.upload(dossier, "1.4", "a.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        assertThat(coordinator.upload(dossier, "1.2", "b.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        awaitRead(dossier);
        List<String> lines = new CopyOnWriteArrayList<>();
        open(dossier, "can-bo-a", lines).get(30, TimeUnit.SECONDS);
        assertThat(lines).contains("event:done");
        String all = String.join("\n", lines);
        assertThat(all).contains("\"DONE\":1").doesNotContain("\"DONE\":2");
    }

    private CompletableFuture<?> open(long dossier, String user, List<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/" + dossier + "/progress"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + Province.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> {
                    assertThat(r.statusCode()).isEqualTo(200);
                    r.body().forEach(lines::add);
                });
    }

    private static void awaitLine(List<String> lines, String line) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(30);
        while (!lines.contains(line)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no " + line + " in " + lines);
            }
            Thread.sleep(20);
        }
    }

    private void awaitRead(long dossier) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(90);
        while (jdbc.sql("select count(*) from extraction_job where dossier_id = ? and status in ('PENDING', 'RUNNING')")
                .param(dossier).query(Integer.class).single() > 0) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("files of dossier " + dossier + " not read");
            }
            Thread.sleep(50);
        }
    }
}
