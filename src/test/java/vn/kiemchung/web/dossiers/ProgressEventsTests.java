package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.Readings;
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

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void theStreamSendsNothingWhileNothingChangesAndEndsWhenTheLastReadingIsTold() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        Readings.awaitDossier(jdbc, dossier);
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
        Readings.awaitDossier(jdbc, dossier);
        List<String> lines = new CopyOnWriteArrayList<>();
        open(dossier, "can-bo-a", lines).get(30, TimeUnit.SECONDS);
        assertThat(lines).contains("event:done");
        String all = String.join("\n", lines);
        assertThat(all).contains("\"DONE\":1").doesNotContain("\"DONE\":2");
    }

    /** The dossier's progress stream as {@code user} sees it, read in the background into {@code lines}. */
    private CompletableFuture<?> open(long dossier, String user, List<String> lines) {
        TestClient client = new TestClient(port, user, Province.PASSWORD);
        return CompletableFuture.runAsync(() -> {
            try (Stream<String> stream = client.events("/api/v1/dossiers/" + dossier + "/progress", Duration.ofSeconds(60))) {
                stream.forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
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

}
