package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.assessment.KeptReportsTests.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * A waiver is an event the kept reports hear: the report with the finding waived is made in the background
 * after the waiver is committed, so the coordinator's next request only reads it (this would fail if the
 * report learnt of the waiver only from the request's new set of waivers, which audits again).
 */
class KeptReportsHearWaiversTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    DossierReports reports;

    @Test
    void theReportWithANewWaiverIsMadeBeforeAnyoneAsks() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        TestClient officer = new TestClient(port, "can-bo-a", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(officer.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        await("the unsigned notice is read and reported", () -> signatureFinding(coordinator, dossier) != null);
        assertThat(signatureFinding(coordinator, dossier).has("waived")).isFalse();
        assertThat(officer.post("/api/v1/review/dossiers/" + dossier + "/items/1.4/submit", null).status()).isEqualTo(200);
        await("no audit left to run", () -> !reports.refreshing());

        long refreshes = reports.counts().refreshes.get();
        TestClient.Answer waiver = coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers", Map.of("indicator", "1.4",
                "code", "SIGNATURE_MISSING", "document", "1.4/thong-bao.txt", "justification", "Đã đối chiếu bản gốc có chữ ký"));
        assertThat(waiver.status()).as(waiver.body()).isEqualTo(201);
        await("the report with the waiver is made in the background", () -> reports.counts().refreshes.get() > refreshes);
        await("no audit left to run", () -> !reports.refreshing());

        long audits = reports.counts().auditsOf(dossier);
        JsonNode finding = signatureFinding(coordinator, dossier);
        assertThat(finding.path("waived").asBoolean()).isTrue();
        assertThat(reports.counts().auditsOf(dossier)).as("the request only read the kept report").isEqualTo(audits);
    }

    private static JsonNode signatureFinding(TestClient client, long dossier) {
        JsonNode report;
        try {
            report = client.get("/api/v1/dossiers/" + dossier + "/report").json();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (JsonNode indicator : report.get("indicators")) {
            for (JsonNode finding : indicator.get("findings")) {
                if (finding.get("code").asText().equals("SIGNATURE_MISSING")) {
                    return finding;
                }
            }
        }
        return null;
    }
}
