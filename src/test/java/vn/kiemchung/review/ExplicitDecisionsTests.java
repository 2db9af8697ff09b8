package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/**
 * Issue 16, items 2-4 over the API: uploading to a handed-in component is refused until the uploader
 * says they mean to reopen it, and the coordinators are told; a submission or an acceptance with
 * ERRORs names them and needs a reason that lands in the trail; locking shows what is at zero and
 * needs confirm; send-backs, acceptances and deadlines reach the department as notifications and
 * in its work list. Each tried by the wrong person too.
 */
class ExplicitDecisionsTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    TestClient officerA;
    TestClient officerB;
    TestClient coordinator;
    TestClient coordinator2;
    TestClient leader;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
        officerB = new TestClient(port, "can-bo-b", Province.PASSWORD);
        coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        coordinator2 = new TestClient(port, "dieu-phoi-2", Province.PASSWORD);
        leader = new TestClient(port, "lanh-dao", Province.PASSWORD);
    }

    @Test
    void uploadingToASubmittedComponentIsRefusedUntilReopeningIsConfirmedThenTheCoordinatorsAreTold() throws Exception {
        long dossier = dossier();
        assertThat(officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        submit(officerA, dossier, "1.4");

        TestClient.Answer asked = officerA.upload(dossier, "1.4", "thong-bao-them.txt", Province.SIGNED_NOTICE);
        assertThat(asked.status()).as(asked.body()).isEqualTo(409);
        assertThat(asked.json().get("detailVi").asText()).contains("1.4").contains("Đã gửi rà soát").contains("reopen=true");
        assertThat(asked.json().get("detail").asText()).contains("1.4").contains("Submitted");
        assertThat(item(coordinator, dossier, "1.4").get("status").asText()).as("nothing stored, nothing reopened")
                .isEqualTo("SUBMITTED");
        assertThat(names(coordinator.get("/api/v1/dossiers/" + dossier + "/evidence").json())).doesNotContain("thong-bao-them.txt");

        TestClient.Answer reopened = officerA.uploadReopening(dossier, "1.4", "thong-bao-them.txt", Province.SIGNED_NOTICE);
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        JsonNode state = item(coordinator, dossier, "1.4");
        assertThat(state.get("status").asText()).isEqualTo("DRAFT");
        assertThat(state.get("reopenedFrom").asText()).isEqualTo("SUBMITTED");
        assertThat(coordinator.get("/api/v1/audit?dossier=" + dossier).body()).contains("REVIEW_REOPENED").contains("thong-bao-them.txt");
        for (TestClient c : List.of(coordinator, coordinator2)) {
            assertThat(kinds(c, dossier, "1.4")).as("every coordinator is told").contains("REOPENED");
        }
        assertThat(kinds(officerA, dossier, "1.4")).as("not the uploader").doesNotContain("REOPENED");
        assertThat(codes(coordinator.get("/api/v1/review/dossiers/" + dossier + "/queue?reopened=true").json())).containsExactly("1.4");

        // Another department cannot even ask; a reader cannot upload at all.
        assertThat(officerB.uploadReopening(dossier, "1.4", "chen.txt", "x").status()).isEqualTo(403);
        assertThat(leader.uploadReopening(dossier, "1.4", "chen.txt", "x").status()).isEqualTo(403);
    }

    @Test
    void anAcceptedComponentAsksToo() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE);
        submit(officerA, dossier, "1.4");
        TestClient.Answer accepted = coordinator.post(items(dossier, "1.4") + "/accept?reason=" + enc("kiểm tra"), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        TestClient.Answer asked = coordinator.upload(dossier, "1.4", "them.txt", Province.SIGNED_NOTICE);
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.json().get("detailVi").asText()).contains("Đã chấp nhận");
        assertThat(asked.json().get("detail").asText()).contains("Accepted");
    }

    @Test
    void submittingOrAcceptingWithErrorsNamesThemAndNeedsAReasonKeptInTheTrail() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao-ca-mau-2021.txt", Province.FOREIGN_OLD_NOTICE);
        List<String> errors = new ArrayList<>();
        item(officerA, dossier, "1.4").get("findings").forEach(f -> {
            if ("ERROR".equals(f.get("severity").asText())) {
                errors.add(f.get("code").asText());
            }
        });
        assertThat(errors).as("the unsigned notice has ERRORs").isNotEmpty();

        TestClient.Answer refused = officerA.post(items(dossier, "1.4") + "/submit", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("errors")).hasSize(errors.size());
        assertThat(refused.json().get("detailVi").asText()).contains("1.4").contains(errors.get(0)).contains("thong-bao-ca-mau-2021.txt");
        assertThat(refused.json().get("detail").asText()).contains("reason");
        assertThat(item(coordinator, dossier, "1.4").get("status").asText()).isEqualTo("DRAFT");
        assertThat(officerA.post(items(dossier, "1.4") + "/submit", Map.of("reason", "  ")).status()).isEqualTo(409);

        TestClient.Answer submitted = officerA.post(items(dossier, "1.4") + "/submit",
                Map.of("reason", "Bản ký số đang chờ lãnh đạo ký, sẽ bổ sung"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(coordinator.post(items(dossier, "1.4") + "/start", null).status()).isEqualTo(200);

        TestClient.Answer notAccepted = coordinator.post(items(dossier, "1.4") + "/accept", null);
        assertThat(notAccepted.status()).isEqualTo(409);
        assertThat(notAccepted.json().get("errors").get(0).get("document").asText()).contains("thong-bao-ca-mau-2021.txt");
        assertThat(coordinator.post(dossierPath(dossier) + "/accept", Map.of("indicators", List.of("1.4"))).status())
                .as("bulk acceptance is guarded the same").isEqualTo(409);
        assertThat(officerA.post(items(dossier, "1.4") + "/accept?reason=x", null).status())
                .as("an officer cannot accept").isEqualTo(403);

        TestClient.Answer accepted = coordinator.post(items(dossier, "1.4") + "/accept",
                Map.of("reason", "Bộ chấp nhận bản chụp theo công văn 12/BTTTT"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String trail = coordinator.get("/api/v1/audit?dossier=" + dossier).body();
        assertThat(trail).contains("Bản ký số đang chờ lãnh đạo ký, sẽ bổ sung").contains("Bộ chấp nhận bản chụp theo công văn 12/BTTTT")
                .contains(errors.get(0));
        assertThat(kinds(officerA, dossier, "1.4")).as("the department hears of the decision").contains("ACCEPTED");
    }

    @Test
    void lockingShowsTheComponentsAtZeroAndThePointsAtRiskAndNeedsConfirm() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao-da-ky.txt", Province.SIGNED_NOTICE);
        JsonNode preview = coordinator.get("/api/v1/dossiers/" + dossier + "/submit").json();
        assertThat(preview.get("zeroComponents").size()).isGreaterThan(10);
        assertThat(preview.get("pointsAtRisk").decimalValue()).isPositive();

        TestClient.Answer unconfirmed = coordinator.post("/api/v1/dossiers/" + dossier + "/submit", null);
        assertThat(unconfirmed.status()).isEqualTo(409);
        assertThat(unconfirmed.json().get("zeroComponents").size()).isEqualTo(preview.get("zeroComponents").size());
        assertThat(unconfirmed.json().get("detailVi").asText()).contains("0 điểm").contains("confirm=true");
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier).json().get("status").asText()).as("not locked").isNotEqualTo("SUBMITTED");
        assertThat(officerA.get("/api/v1/dossiers/" + dossier + "/submit").status()).as("a coordinator's step").isEqualTo(403);
        assertThat(officerA.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(403);

        assertThat(coordinator.post("/api/v1/dossiers/" + dossier + "/submit?confirm=true", null).status()).isEqualTo(200);
        assertThat(officerA.upload(dossier, "1.4", "sau-khi-nop.txt", Province.SIGNED_NOTICE).status())
                .as("after the lock a file is a new version, nothing to reopen").isEqualTo(201);
    }

    @Test
    void aSendBackReachesTheDepartmentsNotificationsAndWorkListWithCommentAndDeadline() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao-ca-mau-2021.txt", Province.FOREIGN_OLD_NOTICE);
        officerA.post(items(dossier, "1.4") + "/submit", Map.of("reason", "xin ý kiến"));
        LocalDate deadline = LocalDate.now().plusDays(2);
        TestClient.Answer back = coordinator.post(items(dossier, "1.4") + "/send-back",
                Map.of("comment", "Thiếu chữ ký người có thẩm quyền", "deadline", deadline.toString()));
        assertThat(back.status()).as(back.body()).isEqualTo(200);

        JsonNode work = officerA.get("/api/v1/my-work").json();
        JsonNode sent = find(work.get("sentBack"), dossier, "1.4");
        assertThat(sent).as(work.toString()).isNotNull();
        assertThat(sent.get("comment").asText()).isEqualTo("Thiếu chữ ký người có thẩm quyền");
        assertThat(sent.get("deadline").asText()).isEqualTo(deadline.toString());
        assertThat(find(work.get("dueSoon"), dossier, "1.4")).isNotNull();
        assertThat(find(work.get("withErrors"), dossier, "1.4").get("errors").asInt()).isPositive();
        List<String> fixFirst = new ArrayList<>();
        work.get("fixFirst").forEach(d -> d.get("fixes").forEach(x -> {
            if (x.get("dossierId").asLong() == dossier) {
                fixFirst.add(d.get("department").asText() + " " + x.get("finding").get("indicator").asText());
            }
        }));
        assertThat(fixFirst).as("fix-first matches the component's findings").contains(Province.DEPT_A + " 1.4");
        // The officer's dashboard report lists them too (the province's top twenty is not what is cut to their rows).
        assertThat(officerA.get("/api/v1/dossiers/" + dossier + "/report").json().get("fixFirst").toString()).contains("\"1.4\"");

        assertThat(kinds(officerA, dossier, "1.4")).contains("SENT_BACK", "DEADLINE_SOON");
        JsonNode list = officerA.get("/api/v1/notifications").json();
        JsonNode sentBack = null;
        for (JsonNode n : list.get("notifications")) {
            if (n.get("notification").get("dossierId").asLong() == dossier && "SENT_BACK".equals(n.get("notification").get("kind").asText())) {
                sentBack = n;
            }
        }
        assertThat(sentBack).isNotNull();
        assertThat(sentBack.get("text").asText()).contains("1.4").contains("Thiếu chữ ký người có thẩm quyền")
                .contains(String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
        assertThat(sentBack.get("textEn").asText()).contains("sent back");
        // The reminder is made once, however often the list is read.
        officerA.get("/api/v1/my-work");
        assertThat(kinds(officerA, dossier, "1.4").stream().filter("DEADLINE_SOON"::equals)).hasSize(1);

        // The other department neither sees the component in its work nor can mark the notification read.
        assertThat(officerB.get("/api/v1/my-work").body()).doesNotContain("\"indicatorCode\":\"1.4\"")
                .doesNotContain("\"indicator\":\"1.4\"");
        long id = sentBack.get("notification").get("id").asLong();
        assertThat(officerB.post("/api/v1/notifications/" + id + "/read", null).status()).isEqualTo(404);
        int unread = officerA.get("/api/v1/notifications").json().get("unread").asInt();
        TestClient.Answer read = officerA.post("/api/v1/notifications/" + id + "/read", null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("unread").asInt()).isEqualTo(unread - 1);
    }

    private long dossier() throws Exception {
        return coordinator.dossier(2023);
    }

    private static void submit(TestClient who, long dossier, String code) throws Exception {
        TestClient.Answer a = who.post(items(dossier, code) + "/submit", Map.of("reason", "gửi thử"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    private static String dossierPath(long dossier) {
        return "/api/v1/review/dossiers/" + dossier;
    }

    private static String items(long dossier, String code) {
        return dossierPath(dossier) + "/items/" + code;
    }

    private static JsonNode item(TestClient who, long dossier, String code) throws Exception {
        return who.get(items(dossier, code)).json();
    }

    private static List<String> kinds(TestClient who, long dossier, String code) throws Exception {
        List<String> kinds = new ArrayList<>();
        who.get("/api/v1/notifications").json().get("notifications").forEach(n -> {
            JsonNode x = n.get("notification");
            if (x.get("dossierId").asLong() == dossier && code.equals(x.get("indicatorCode").asText())) {
                kinds.add(x.get("kind").asText());
            }
        });
        return kinds;
    }

    private static JsonNode find(JsonNode list, long dossier, String code) {
        for (JsonNode n : list) {
            if (n.get("dossierId").asLong() == dossier && code.equals(n.get("indicatorCode").asText())) {
                return n;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode queue) {
        List<String> codes = new ArrayList<>();
        queue.forEach(q -> codes.add(q.get("indicatorCode").asText()));
        return codes;
    }

    private static List<String> names(JsonNode evidence) {
        List<String> names = new ArrayList<>();
        evidence.forEach(e -> names.add(e.get("fileName").asText()));
        return names;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
