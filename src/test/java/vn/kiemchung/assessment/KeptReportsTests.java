package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.Readings;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The server keeps each dossier's report and serves it while nothing it depends on changed; a stored file,
 * a reading and a waiver each give the next request another report (each assertion would fail if that
 * change did not reach the kept report).
 */
class KeptReportsTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    DossierReports reports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void aReportIsServedFromTheKeptResultUntilAFileIsStoredAndIsMadeAgainBeforeAnyoneAsks() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        Readings.awaitDossier(jdbc, dossier);
        String first = coordinator.get("/api/v1/dossiers/" + dossier + "/report").body();

        long audits = reports.counts().auditsOf(dossier);
        long fromMemory = reports.counts().fromMemory.get();
        String again = coordinator.get("/api/v1/dossiers/" + dossier + "/report").body();
        assertThat(again).isEqualTo(first);
        assertThat(reports.counts().auditsOf(dossier)).as("nothing changed: no audit").isEqualTo(audits);
        assertThat(reports.counts().fromMemory.get()).isGreaterThan(fromMemory);
        assertThat(jdbc.sql("select count(*) from kept_report where dossier_id = ?").param(dossier).query(Integer.class).single())
                .isEqualTo(1);

        // A new file: the report is made again in the background once it is read, so the next request only reads it.
        long refreshes = reports.counts().refreshes.get();
        assertThat(coordinator.upload(dossier, "1.1", "quyet-dinh.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        Readings.awaitDossier(jdbc, dossier);
        await("the report is made again after the reading", () -> reports.counts().refreshes.get() > refreshes);
        Thread.sleep(1000);
        await("no audit left to run", () -> !reports.refreshing());
        long auditsBefore = reports.counts().auditsOf(dossier);
        JsonNode after = coordinator.get("/api/v1/dossiers/" + dossier + "/report").json();
        assertThat(paths(after)).contains("1.1/quyet-dinh.txt", "1.4/thong-bao.txt");
        assertThat(reports.counts().auditsOf(dossier)).as("made before the request").isEqualTo(auditsBefore);
    }

    @Test
    void aChangedReadingStateGivesAnotherReport() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        Readings.awaitDossier(jdbc, dossier);
        coordinator.get("/api/v1/dossiers/" + dossier + "/report");
        long audits = reports.counts().auditsOf(dossier);
        // as when another instance sharing the database ends a reading: no event here, only the row says so
        jdbc.sql("update extraction_job set status = 'FAILED' where dossier_id = ?").param(dossier).update();
        coordinator.get("/api/v1/dossiers/" + dossier + "/report");
        assertThat(reports.counts().auditsOf(dossier)).as("the reading's state is part of the key").isEqualTo(audits + 1);
        jdbc.sql("update extraction_job set status = 'DONE' where dossier_id = ?").param(dossier).update();
    }

    @Test
    void aWaiverGivesTheNextRequestTheReportWithTheFindingWaived() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        TestClient officer = new TestClient(port, "can-bo-a", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(officer.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        Readings.awaitDossier(jdbc, dossier);
        assertThat(waived(coordinator.get("/api/v1/dossiers/" + dossier + "/report").json())).isFalse();
        assertThat(officer.post("/api/v1/review/dossiers/" + dossier + "/items/1.4/submit", null).status()).isEqualTo(200);
        TestClient.Answer waiver = coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers", Map.of("indicator", "1.4",
                "code", "SIGNATURE_MISSING", "document", "1.4/thong-bao.txt", "justification", "Đã đối chiếu bản gốc có chữ ký"));
        assertThat(waiver.status()).as(waiver.body()).isEqualTo(201);
        assertThat(waived(coordinator.get("/api/v1/dossiers/" + dossier + "/report").json())).isTrue();
        // the officer's report is cut from the same kept report, waiver included
        assertThat(waived(officer.get("/api/v1/dossiers/" + dossier + "/report").json())).isTrue();
    }

    private static boolean waived(JsonNode report) {
        for (JsonNode indicator : report.get("indicators")) {
            for (JsonNode finding : indicator.get("findings")) {
                if (finding.get("code").asText().equals("SIGNATURE_MISSING") && finding.has("waived")) {
                    return finding.get("waived").asBoolean();
                }
            }
        }
        return false;
    }

    private static java.util.List<String> paths(JsonNode report) {
        java.util.List<String> paths = new java.util.ArrayList<>();
        report.get("documents").forEach(d -> paths.add(d.get("path").asText()));
        return paths;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }
}
