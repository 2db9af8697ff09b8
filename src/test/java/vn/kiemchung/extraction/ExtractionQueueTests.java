package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kiemchung.Readings;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.evidence.EvidenceStored;
import vn.kiemchung.review.Province;

/**
 * The extraction module queues its own work from the evidence module's events: an upload makes exactly one
 * job, in the upload's own transaction; a withdrawal retires it; the API reads the status from the queue.
 */
class ExtractionQueueTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EvidenceExtraction extraction;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void anUploadMakesExactlyOneJobWhichIsReadAndShownByTheApi() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        TestClient.Answer up = coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE);
        assertThat(up.status()).isEqualTo(201);
        long id = up.json().get("id").asLong();
        assertThat(jdbc.sql("select count(*) from extraction_job where evidence_id = ? and dossier_id = ?")
                .params(id, dossier).query(Integer.class).single()).isEqualTo(1);
        Readings.awaitFile(jdbc, id);
        assertThat(jdbc.sql("select attempts from extraction_job where evidence_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(coordinator.get("/api/v1/evidence/" + id).json().get("extractionStatus").asText()).isEqualTo("DONE");
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier + "/evidence").json().get(0).get("extractionStatus")
                .asText()).isEqualTo("DONE");
        assertThat(coordinator.get("/api/v1/evidence/" + id).json().get("fileName").asText()).isEqualTo("thong-bao.txt");
        assertThat(extraction.statuses(dossier)).isEqualTo(Map.of(id, "DONE"));
        // the trail of the reading, written from extraction's own event
        assertThat(jdbc.sql("select detail from audit_event where action = 'EVIDENCE_EXTRACTED' and evidence_id = ?")
                .param(id).query(String.class).single()).startsWith("DONE by ");
    }

    @Test
    void theJobIsWrittenInTheUploadsTransactionAndRolledBackWithIt() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        long evidenceId = 900_000_000L + System.nanoTime() % 1_000_000;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            events.publishEvent(new EvidenceStored(evidenceId, dossier, "1.4", "x.txt", "b".repeat(64), "dieu-phoi"));
            // seen inside the transaction already, before any commit
            assertThat(jdbc.sql("select count(*) from extraction_job where evidence_id = ?").param(evidenceId)
                    .query(Integer.class).single()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from extraction_job where evidence_id = ?").param(evidenceId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aWithdrawnFileWaitingToBeReadIsRetiredAndNeverRead() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        long id = coordinator.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).json().get("id").asLong();
        Readings.awaitFile(jdbc, id);
        assertThat(coordinator.post("/api/v1/evidence/" + id + "/withdraw", Map.of("reason", "nộp nhầm")).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select retired_at is not null from extraction_job where evidence_id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        // the reading done before the withdrawal is kept as it was
        assertThat(extraction.statuses(dossier)).containsEntry(id, "DONE");
        // were it still waiting, no reader would take it
        jdbc.sql("update extraction_job set status = 'PENDING' where evidence_id = ?").param(id).update();
        extraction.drain();
        assertThat(jdbc.sql("select status || ' ' || attempts from extraction_job where evidence_id = ?").param(id)
                .query(String.class).single()).isEqualTo("PENDING 1");
        assertThat(extraction.reading(dossier)).isFalse();
    }

}
