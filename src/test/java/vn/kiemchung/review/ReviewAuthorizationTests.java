package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/** Each role against the real app: what it may see and do, and that every step lands in the audit trail. */
class ReviewAuthorizationTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestClient admin;
    TestClient officerA;
    TestClient officerB;
    TestClient coordinator;
    TestClient coordinator2;
    TestClient leader;
    TestClient ruleAuthor;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
        officerB = new TestClient(port, "can-bo-b", Province.PASSWORD);
        coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        coordinator2 = new TestClient(port, "dieu-phoi-2", Province.PASSWORD);
        leader = new TestClient(port, "lanh-dao", Province.PASSWORD);
        ruleAuthor = new TestClient(port, "tac-gia-luat", Province.PASSWORD);
    }

    @Test
    void officerOfAnotherDepartmentGets404OnItsEvidenceGuessedIdsIncluded() throws Exception {
        long dossier = dossier();
        long id = officerA.upload(dossier, "1.4", "thong-bao-36.txt", Province.SIGNED_NOTICE).json().get("id").asLong();

        assertThat(officerA.get("/api/v1/evidence/" + id + "/content").status()).isEqualTo(200);
        assertThat(officerB.get("/api/v1/evidence/" + id).status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/evidence/" + id + "/content").status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/evidence/" + (id + 100_000) + "/content").status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/dossiers/" + dossier + "/evidence").json()).isEmpty();
        assertThat(officerB.get("/api/v1/review/dossiers/" + dossier + "/items/1.4").status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/dossiers/" + dossier + "/report").body()).doesNotContain("thong-bao-36.txt");
        assertThat(officerB.upload(dossier, "1.4", "chen.txt", "x").status()).isEqualTo(403);
        assertThat(officerA.get("/api/v1/dossiers/" + dossier + "/evidence").json()).hasSize(1);
        assertThat(coordinator.get("/api/v1/evidence/" + id).status()).isEqualTo(200);
    }

    @Test
    void officerCannotReviewWaiveOrLockTheDossier() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE);
        assertThat(officerA.post(items(dossier, "1.4") + "/submit", null).status()).isEqualTo(200);

        assertThat(officerA.post(items(dossier, "1.4") + "/accept", null).status()).isEqualTo(403);
        assertThat(officerA.post(items(dossier, "1.4") + "/start", null).status()).isEqualTo(403);
        assertThat(officerB.post(items(dossier, "1.4") + "/accept", null).status()).isEqualTo(403);
        assertThat(officerA.post("/api/v1/review/dossiers/" + dossier + "/waivers", Map.of("indicator", "1.4",
                "code", "SIGNATURE_MISSING", "document", "1.4/thong-bao.txt", "justification", "tự miễn")).status()).isEqualTo(403);
        assertThat(officerA.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(403);
        assertThat(officerA.post("/api/v1/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", 2023)).status()).isEqualTo(403);
        assertThat(officerA.get("/api/v1/audit?dossier=" + dossier).status()).isEqualTo(403);
        assertThat(status(dossier, "1.4")).isEqualTo("SUBMITTED");
    }

    @Test
    void coordinatorCannotApproveWhatTheySubmitted() throws Exception {
        long dossier = dossier();
        assertThat(coordinator.upload(dossier, "1.2", "thong-bao-ket-luan.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        // A notice is not what 1.2 asks for (ERRORs): handed in with a reason (issue 16, item 4).
        assertThat(coordinator.post(items(dossier, "1.2") + "/submit", Map.of("reason", "thử tự duyệt")).status()).isEqualTo(200);

        TestClient.Answer own = coordinator.post(items(dossier, "1.2") + "/accept", Map.of("reason", "thử tự duyệt"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detailVi").asText()).contains("tự duyệt");
        assertThat(coordinator.post("/api/v1/review/dossiers/" + dossier + "/accept", Map.of("indicators", List.of("1.2")))
                .status()).isEqualTo(403);
        assertThat(status(dossier, "1.2")).isEqualTo("SUBMITTED");

        assertThat(coordinator2.post(items(dossier, "1.2") + "/accept", Map.of("reason", "duyệt thử")).json().get("status").asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void leaderAndRuleAuthorOnlyRead() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE);
        officerA.post(items(dossier, "1.4") + "/submit", null);
        for (TestClient reader : List.of(leader, ruleAuthor)) {
            assertThat(reader.get("/api/v1/dossiers/" + dossier + "/report").status()).isEqualTo(200);
            assertThat(reader.get("/api/v1/review/dossiers/" + dossier + "/queue").json()).isNotEmpty();
            assertThat(reader.get("/api/v1/audit?dossier=" + dossier).status()).isEqualTo(200);
            assertThat(reader.post("/api/v1/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", 2023)).status()).isEqualTo(403);
            assertThat(reader.upload(dossier, "1.4", "x.txt", "x").status()).isEqualTo(403);
            assertThat(reader.post(items(dossier, "1.4") + "/accept", null).status()).isEqualTo(403);
            assertThat(reader.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(403);
            assertThat(reader.get("/api/v1/admin/accounts").status()).isEqualTo(403);
        }
        assertThat(status(dossier, "1.4")).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheAdminManagesAccountsDepartmentsAndAssignments() throws Exception {
        for (TestClient other : List.of(coordinator, officerA, leader)) {
            assertThat(other.post("/api/v1/admin/accounts", Map.of("username", "ke-gian", "password", "12345678",
                    "role", "ADMIN")).status()).isEqualTo(403);
            assertThat(other.post("/api/v1/admin/departments", Map.of("code", "x", "name", "X")).status()).isEqualTo(403);
            assertThat(other.get("/api/v1/admin/accounts").status()).isEqualTo(403);
        }
        TestClient.Answer created = admin.post("/api/v1/admin/accounts", Map.of("username", "lanh-dao-moi",
                "password", "mat-khau-lanh-dao-moi", "role", "LEADER"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("mat-khau-lanh-dao-moi");
        assertThat(new TestClient(port, "lanh-dao-moi", "mat-khau-lanh-dao-moi").get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/accounts").body()).contains("lanh-dao-moi").doesNotContain("password");
        assertThat(jdbc.sql("select password_hash from app_user where username = 'lanh-dao-moi'").query(String.class).single())
                .startsWith("$2");
        assertThat(admin.post("/api/v1/admin/accounts", Map.of("username", "can-bo-khong-don-vi",
                "password", "mat-khau-lanh-dao-moi", "role", "DEPARTMENT_OFFICER")).status()).isEqualTo(400);
        assertThat(actions(null)).contains("ACCOUNT_CREATED", "DEPARTMENT_CREATED", "COMPONENT_ASSIGNED");
    }

    @Test
    void everyStepOfSendingBackAndAcceptingIsInTheAuditTrail() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao-chua-ky.txt", Province.UNSIGNED_NOTICE);
        JsonNode item = officerA.get(items(dossier, "1.4")).json();
        assertThat(item.get("findings").toString()).contains("SIGNATURE_MISSING");
        officerA.post(items(dossier, "1.4") + "/submit", null);
        coordinator.post(items(dossier, "1.4") + "/start", null);

        assertThat(coordinator.post(items(dossier, "1.4") + "/send-back", Map.of("comment", "")).status()).isEqualTo(400);
        LocalDate due = LocalDate.now().plusDays(7);
        JsonNode back = coordinator.post(items(dossier, "1.4") + "/send-back",
                Map.of("comment", "Thiếu chữ ký người có thẩm quyền", "deadline", due.toString())).json();
        assertThat(back.get("status").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(back.get("deadline").asText()).isEqualTo(due.toString());

        BigDecimalPoints before = points(officerA, dossier, "1.4");
        assertThat(officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        officerA.post(items(dossier, "1.4") + "/submit", null);
        assertThat(coordinator.post(items(dossier, "1.4") + "/accept", null).json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(points(officerA, dossier, "1.4").value()).isGreaterThan(before.value());

        assertThat(actions((long) dossier)).containsSubsequence("DOSSIER_CREATED", "EVIDENCE_UPLOADED", "REVIEW_SUBMITTED",
                "REVIEW_STARTED", "REVIEW_SENT_BACK", "EVIDENCE_UPLOADED", "REVIEW_SUBMITTED", "REVIEW_ACCEPTED");
        JsonNode events = coordinator.get("/api/v1/audit?dossier=" + dossier).json();
        JsonNode sentBack = find(events, "REVIEW_SENT_BACK");
        assertThat(sentBack.get("actor").asText()).isEqualTo("dieu-phoi");
        assertThat(sentBack.get("before").asText()).isEqualTo("IN_REVIEW");
        assertThat(sentBack.get("after").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(find(events, "EVIDENCE_UPLOADED").get("sha256").asText()).hasSize(64);
        assertThat(find(events, "EVIDENCE_UPLOADED").get("indicatorCode").asText()).isEqualTo("1.4");

        TestClient.Answer csv = leader.get("/api/v1/audit?dossier=" + dossier + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("id,at,actor,action").contains("REVIEW_SENT_BACK")
                .contains("Thiếu chữ ký người có thẩm quyền");

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where dossier_id = ?").param(dossier).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'x' where dossier_id = ?").param(dossier).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aWaivedWarningStopsCostingPointsAndIsMarked() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE);
        officerA.post(items(dossier, "1.4") + "/submit", null);
        BigDecimalPoints before = points(coordinator, dossier, "1.4");

        Map<String, String> waiver = Map.of("indicator", "1.4", "code", "SIGNATURE_MISSING",
                "document", "1.4/thong-bao.txt", "justification", "Bản gốc có chữ ký, đã đối chiếu tại Văn phòng");
        assertThat(coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers",
                Map.of("indicator", "1.4", "code", "SIGNATURE_MISSING", "document", "1.4/thong-bao.txt", "justification", " "))
                .status()).isEqualTo(400);
        assertThat(coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers", waiver).status()).isEqualTo(201);

        assertThat(points(coordinator, dossier, "1.4").value()).isGreaterThan(before.value());
        JsonNode finding = findings(coordinator, dossier, "1.4", "SIGNATURE_MISSING");
        assertThat(finding.get("waived").asBoolean()).isTrue();
        assertThat(finding.get("pointsAtRisk").decimalValue().signum()).isZero();
        assertThat(coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers", waiver).status()).isEqualTo(409);
        assertThat(officerA.get("/api/v1/review/dossiers/" + dossier + "/waivers").json()).hasSize(1);
        assertThat(officerB.get("/api/v1/review/dossiers/" + dossier + "/waivers").json()).isEmpty();
        assertThat(actions((long) dossier)).contains("FINDING_WAIVED");
    }

    @Test
    void aLockedDossierRefusesDecisionsButKeepsNewVersionsOfFiles() throws Exception {
        long dossier = dossier();
        long first = officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE).json().get("id").asLong();
        officerA.post(items(dossier, "1.4") + "/submit", null);
        coordinator.post(items(dossier, "1.4") + "/accept", null);
        assertThat(officerA.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(403);
        assertThat(coordinator.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(200);
        assertThat(coordinator.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(409);

        TestClient.Answer later = officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE + "\nBản cập nhật.");
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().get("id").asLong()).isNotEqualTo(first);
        assertThat(officerA.get("/api/v1/evidence/" + first + "/content").body())
                .isEqualTo(vn.kiemchung.TestDossiers.localise(officerA.base(), dossier, Province.SIGNED_NOTICE));
        assertThat(officerA.get("/api/v1/dossiers/" + dossier + "/evidence").json()).hasSize(2);
        assertThat(status(dossier, "1.4")).isEqualTo("ACCEPTED");
        assertThat(coordinator2.post(items(dossier, "1.4") + "/send-back", Map.of("comment", "muộn",
                "deadline", LocalDate.now().plusDays(3).toString())).status()).isEqualTo(409);
        assertThat(actions((long) dossier)).contains("DOSSIER_SUBMITTED", "VERSION_AFTER_LOCK");
    }

    @Test
    void queueFiltersByDepartmentStatusAndSeverityAndSortsByPointsAtRisk() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE);
        officerA.upload(dossier, "1.1", "quyet-dinh.txt", Province.SIGNED_NOTICE);
        officerB.upload(dossier, "1.2", "ket-luan.txt", Province.SIGNED_NOTICE);
        officerA.post(items(dossier, "1.4") + "/submit", null);
        String queue = "/api/v1/review/dossiers/" + dossier + "/queue";

        assertThat(codes(coordinator.get(queue).json())).contains("1.1", "1.2", "1.4");
        assertThat(codes(coordinator.get(queue + "?department=" + Province.DEPT_B).json())).containsExactly("1.2");
        assertThat(codes(coordinator.get(queue + "?status=SUBMITTED").json())).containsExactly("1.4");
        assertThat(codes(coordinator.get(queue + "?main=2").json())).isEmpty();
        assertThat(codes(coordinator.get(queue + "?severity=WARNING").json())).contains("1.4");
        JsonNode sorted = coordinator.get(queue).json();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).get("pointsAtRisk").decimalValue())
                    .isGreaterThanOrEqualTo(sorted.get(i).get("pointsAtRisk").decimalValue());
        }
        JsonNode first = sorted.get(0);
        assertThat(first.has("findings") && first.has("evidence") && first.has("documents") && first.has("history")).isTrue();
        assertThat(codes(officerB.get(queue).json())).containsExactly("1.2");
    }

    private long dossier() throws Exception {
        return coordinator.dossier(2023);
    }

    private static String items(long dossier, String code) {
        return "/api/v1/review/dossiers/" + dossier + "/items/" + code;
    }

    private String status(long dossier, String code) throws Exception {
        return coordinator.get(items(dossier, code)).json().get("status").asText();
    }

    record BigDecimalPoints(java.math.BigDecimal value) {
    }

    private static BigDecimalPoints points(TestClient api, long dossier, String code) throws Exception {
        for (JsonNode i : api.get("/api/v1/dossiers/" + dossier + "/report").json().get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return new BigDecimalPoints(i.get("projectedPoints").decimalValue());
            }
        }
        throw new AssertionError("no component " + code);
    }

    private static JsonNode findings(TestClient api, long dossier, String code, String finding) throws Exception {
        for (JsonNode i : api.get("/api/v1/dossiers/" + dossier + "/report").json().get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                for (JsonNode f : i.get("findings")) {
                    if (f.get("code").asText().equals(finding)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no finding " + finding + " on " + code);
    }

    private List<String> actions(Long dossier) {
        return dossier == null
                ? jdbc.sql("select action from audit_event order by id").query(String.class).list()
                : jdbc.sql("select action from audit_event where dossier_id = ? order by id").param(dossier).query(String.class).list();
    }

    private static JsonNode find(JsonNode events, String action) {
        for (JsonNode e : events) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action);
    }

    private static List<String> codes(JsonNode queue) {
        List<String> codes = new ArrayList<>();
        queue.forEach(q -> codes.add(q.get("indicatorCode").asText()));
        return codes;
    }
}
