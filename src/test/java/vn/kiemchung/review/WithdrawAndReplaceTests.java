package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/**
 * A wrong file can be taken back: it leaves the dossier's checks, stays stored and in the trail with
 * who and why, and a replacement keeps the link to the file it replaced. Tried as an attack too:
 * another department, a read-only role, a locked dossier, no reason.
 */
class WithdrawAndReplaceTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    TestClient officerA;
    TestClient officerB;
    TestClient coordinator;
    TestClient leader;
    TestClient ruleAuthor;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
        officerB = new TestClient(port, "can-bo-b", Province.PASSWORD);
        coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        leader = new TestClient(port, "lanh-dao", Province.PASSWORD);
        ruleAuthor = new TestClient(port, "tac-gia-luat", Province.PASSWORD);
    }

    @Test
    void anOfficerWithdrawsTheirFileWhichLeavesTheChecksButStaysStoredAndInTheTrail() throws Exception {
        long dossier = dossier();
        long id = officerA.upload(dossier, "1.4", "ban-nhap-thong-bao.txt", Province.UNSIGNED_NOTICE).json().get("id").asLong();

        assertThat(officerA.post(withdraw(id), Map.of("reason", " ")).status()).as("a reason is required").isEqualTo(400);
        TestClient.Answer done = officerA.post(withdraw(id), Map.of("reason", "Bản nháp, tải nhầm"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("withdrawnBy").asText()).isEqualTo("can-bo-a");
        assertThat(done.json().get("reason").asText()).isEqualTo("Bản nháp, tải nhầm");

        assertThat(names(officerA.get("/api/v1/dossiers/" + dossier + "/evidence").json())).doesNotContain("ban-nhap-thong-bao.txt");
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier + "/report").body()).doesNotContain("ban-nhap-thong-bao.txt");
        assertThat(coordinator.get("/api/v1/evidence/" + id + "/content").status()).as("still stored").isEqualTo(200);
        assertThat(coordinator.get("/api/v1/evidence/" + id + "/withdrawal").json().get("reason").asText())
                .isEqualTo("Bản nháp, tải nhầm");
        assertThat(coordinator.get("/api/v1/audit?dossier=" + dossier).body())
                .contains("EVIDENCE_WITHDRAWN").contains("Bản nháp, tải nhầm");
        assertThat(officerA.post(withdraw(id), Map.of("reason", "lần nữa")).status()).as("once only").isEqualTo(409);
    }

    @Test
    void aReplacementTakesThePlaceOfTheOldFileAndKeepsTheLink() throws Exception {
        long dossier = dossier();
        long old = officerA.upload(dossier, "1.4", "thong-bao-cu.txt", Province.UNSIGNED_NOTICE).json().get("id").asLong();

        assertThat(officerA.replace(old, "thong-bao-moi.txt", Province.SIGNED_NOTICE, null).status())
                .as("a reason is required").isEqualTo(400);
        TestClient.Answer replaced = officerA.replace(old, "thong-bao-moi.txt", Province.SIGNED_NOTICE, "Bản có chữ ký");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        long fresh = replaced.json().get("id").asLong();
        assertThat(replaced.json().get("replaces").asLong()).isEqualTo(old);

        assertThat(names(officerA.get("/api/v1/dossiers/" + dossier + "/evidence").json()))
                .contains("thong-bao-moi.txt").doesNotContain("thong-bao-cu.txt");
        assertThat(officerA.get("/api/v1/evidence/" + old + "/withdrawal").json().get("replacedBy").asLong()).isEqualTo(fresh);
        assertThat(coordinator.get("/api/v1/audit?dossier=" + dossier).body()).contains("EVIDENCE_REPLACED");
    }

    @Test
    void anotherDepartmentAReadOnlyRoleOrALockedDossierCannotTakeAFileBack() throws Exception {
        long dossier = dossier();
        long id = officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE).json().get("id").asLong();

        assertThat(officerB.post(withdraw(id), Map.of("reason", "không phải của tôi")).status())
                .as("another department's file is not found").isEqualTo(404);
        assertThat(officerB.replace(id, "chen.txt", "x", "thay hộ").status()).isEqualTo(404);
        assertThat(leader.post(withdraw(id), Map.of("reason", "xem thôi")).status()).isEqualTo(403);
        assertThat(ruleAuthor.post(withdraw(id), Map.of("reason", "xem thôi")).status()).isEqualTo(403);
        assertThat(officerA.post(withdraw(id + 100_000), Map.of("reason", "đoán số")).status()).isEqualTo(404);

        assertThat(coordinator.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(200);
        TestClient.Answer afterLock = coordinator.post(withdraw(id), Map.of("reason", "sau khi nộp"));
        assertThat(afterLock.status()).as("locked for the ministry").isEqualTo(409);
        assertThat(names(coordinator.get("/api/v1/dossiers/" + dossier + "/evidence").json())).contains("thong-bao.txt");
    }

    @Test
    void withdrawingFromAnAcceptedComponentOpensItAgainForReview() throws Exception {
        long dossier = dossier();
        long id = officerA.upload(dossier, "1.1", "quyet-dinh.txt", Province.SIGNED_NOTICE).json().get("id").asLong();
        officerA.upload(dossier, "1.1", "quyet-dinh-2.txt", Province.SIGNED_NOTICE);
        String item = "/api/v1/review/dossiers/" + dossier + "/items/1.1";
        // A notice is not what 1.1 asks for (ERRORs): the decisions are taken with a reason (issue 16, item 4).
        assertThat(officerA.post(item + "/submit", Map.of("reason", "thử rút tệp")).status()).isEqualTo(200);
        assertThat(coordinator.post(item + "/start", null).status()).isEqualTo(200);
        TestClient.Answer accepted = coordinator.post(item + "/accept", Map.of("reason", "thử rút tệp"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(coordinator.get(item).json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(officerA.post(withdraw(id), Map.of("reason", "trùng")).status()).isEqualTo(200);
        assertThat(coordinator.get(item).json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(coordinator.get("/api/v1/audit?dossier=" + dossier).body()).contains("REVIEW_REOPENED");
    }

    private long dossier() throws Exception {
        return coordinator.dossier(2023);
    }

    private static String withdraw(long id) {
        return "/api/v1/evidence/" + id + "/withdraw";
    }

    private static List<String> names(JsonNode evidence) {
        List<String> names = new ArrayList<>();
        evidence.forEach(e -> names.add(e.get("fileName").asText()));
        return names;
    }
}
