package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.trail.AuditEvent;
import vn.kiemchung.trail.AuditTrail;

/**
 * Issue 15, item 2: the review learns of stored and withdrawn files from the evidence module's events,
 * not from a call in the web layer, so a file stored by any way in (a page, the API, an import that calls
 * the evidence module) reopens a handed-in component; and the audit trail is written by the trail module
 * alone, from the events every module publishes.
 */
class ReviewHearsOfFilesFromEventsTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    EvidenceIntake intake;

    @Autowired
    AuditTrail trail;

    TestClient officerA;
    TestClient coordinator;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
        coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
    }

    @Test
    void aFileStoredByTheEvidenceModuleAloneReopensASubmittedComponentAndLeavesItsLinesInTheTrail() throws Exception {
        long dossier = coordinator.dossier(2023);
        assertThat(officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        TestClient.Answer submitted = officerA.post(item(dossier, "1.4") + "/submit", Map.of("reason", "gửi thử"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        // no web layer here: the evidence module stores the file and publishes EvidenceStored
        Evidence stored = intake.upload(dossier, "1.4", "bổ sung từ nhập khẩu.txt",
                new ByteArrayInputStream(Province.SIGNED_NOTICE.concat("\nBản bổ sung").getBytes(StandardCharsets.UTF_8)),
                "can-bo-a");

        assertThat(coordinator.get(item(dossier, "1.4")).json().get("status").asText()).isEqualTo("DRAFT");
        List<AuditEvent> lines = trail.events(dossier);
        assertThat(lines).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("EVIDENCE_UPLOADED");
            assertThat(e.evidenceId()).isEqualTo(stored.id());
            assertThat(e.actor()).as("the uploader, carried by the event").isEqualTo("can-bo-a");
            assertThat(e.indicatorCode()).isEqualTo("1.4");
        });
        assertThat(lines).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REVIEW_REOPENED");
            assertThat(e.evidenceId()).isEqualTo(stored.id());
            assertThat(e.before()).isEqualTo("SUBMITTED");
            assertThat(e.detail()).contains("bổ sung từ nhập khẩu.txt");
        });
    }

    @Test
    void aWithdrawalByTheEvidenceModuleReopensAnAcceptedComponent() throws Exception {
        long dossier = coordinator.dossier(2023);
        TestClient.Answer up = officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE);
        assertThat(up.status()).isEqualTo(201);
        assertThat(officerA.post(item(dossier, "1.4") + "/submit", Map.of("reason", "gửi thử")).status()).isEqualTo(200);
        TestClient.Answer accepted = coordinator.post(item(dossier, "1.4") + "/accept?reason=ok", null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        Evidence file = intake.evidence(up.json().get("id").asLong());
        intake.withdraw(file, "can-bo-a", "nhầm tệp", null);

        assertThat(coordinator.get(item(dossier, "1.4")).json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(trail.events(dossier)).extracting(AuditEvent::action)
                .containsSubsequence("EVIDENCE_UPLOADED", "REVIEW_ACCEPTED", "EVIDENCE_WITHDRAWN", "REVIEW_REOPENED");
    }

    @Test
    void onlyTheTrailModuleWritesTheTrail() throws IOException {
        Path main = Path.of("src", "main", "java", "vn", "kiemchung");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> writers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).replaceAll("\\s+", " ").toLowerCase().contains("insert into audit_event");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(main::relativize).toList();
            assertThat(writers).containsExactly(Path.of("trail", "AuditTrail.java"));
        }
    }

    private static String item(long dossier, String code) {
        return "/api/v1/review/dossiers/" + dossier + "/items/" + code;
    }
}
