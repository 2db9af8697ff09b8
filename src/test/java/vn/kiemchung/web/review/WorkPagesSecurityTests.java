package vn.kiemchung.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The pages and paths of issue 16, items 2-4, attacked: forged posts without the CSRF token, another
 * department's component, an officer trying the coordinator's lock, a disabled account's open session;
 * and what they do for the right person (landing page, reopening on the page form, the lock's page).
 */
class WorkPagesSecurityTests extends ServerTestSupport {

    private static final Map<String, String> FOREIGN = Map.of("Origin", "http://evil.example", "Referer", "http://evil.example/x");

    @LocalServerPort
    int port;

    TestClient coordinator;
    TestClient officerA;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
    }

    @Test
    void officersAndCoordinatorsLandOnTheirWorkOthersOnTheDossiers() throws Exception {
        for (String user : new String[] {"can-bo-a", "dieu-phoi"}) {
            TestClient s = TestClient.browser(port).login(user, Province.PASSWORD);
            assertThat(s.page("/").location()).as(user).endsWith("/my-work");
            String page = s.page("/my-work").body();
            assertThat(page).as(user).contains("Việc của tôi").contains("id=\"bell\"");
        }
        TestClient leader = TestClient.browser(port).login("lanh-dao", Province.PASSWORD);
        assertThat(leader.page("/").location()).endsWith("/dossiers");
        assertThat(leader.page("/my-work").body()).contains("Hiện không có việc nào cần làm.");
    }

    @Test
    void forgedPostsWithoutTheTokenChangeNothing() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE);
        officerA.post(items(dossier) + "/submit", Map.of("reason", "thử"));
        coordinator.post(items(dossier) + "/send-back", Map.of("comment", "Bổ sung", "deadline", java.time.LocalDate.now().plusDays(5).toString()));
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
        int unread = officerA.get("/api/v1/notifications").json().get("unread").asInt();
        assertThat(unread).isPositive();
        long id = officerA.get("/api/v1/notifications").json().get("notifications").get(0).get("notification").get("id").asLong();

        assertThat(officer.send("POST", "/notifications/read", "application/x-www-form-urlencoded", new byte[0], FOREIGN)
                .status()).isEqualTo(403);
        assertThat(officer.send("POST", "/api/v1/notifications/" + id + "/read", null, null, FOREIGN).status()).isEqualTo(403);
        assertThat(officer.send("POST", "/account/email", "application/x-www-form-urlencoded",
                "email=ke-gian%40evil.example".getBytes(StandardCharsets.UTF_8), FOREIGN).status()).isEqualTo(403);
        assertThat(officerA.get("/api/v1/notifications").json().get("unread").asInt()).as("nothing marked read").isEqualTo(unread);

        TestClient coordinatorPage = TestClient.browser(port).login("dieu-phoi", Province.PASSWORD);
        assertThat(coordinatorPage.send("POST", "/dossiers/" + dossier + "/submit", "application/x-www-form-urlencoded",
                "confirm=true".getBytes(StandardCharsets.UTF_8), FOREIGN).status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier).json().get("status").asText()).isNotEqualTo("SUBMITTED");

        // With the token, as the page sends it, it works.
        String csrf = officer.csrf("/notifications");
        TestClient.Answer read = officer.postForm("/notifications/read", Map.of("_csrf", csrf));
        assertThat(read.status()).isEqualTo(302);
        assertThat(officerA.get("/api/v1/notifications").json().get("unread").asInt()).isZero();
    }

    @Test
    void theLockPageIsTheCoordinatorsAndNeedsTheConfirmation() throws Exception {
        long dossier = dossier();
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
        assertThat(officer.page("/dossiers/" + dossier + "/submit").status()).isEqualTo(403);
        TestClient.Answer tried = officer.postForm("/dossiers/" + dossier + "/submit",
                Map.of("_csrf", officer.csrf("/my-work"), "confirm", "true"));
        assertThat(tried.status()).isEqualTo(403);

        TestClient page = TestClient.browser(port).login("dieu-phoi", Province.PASSWORD);
        String lock = page.page("/dossiers/" + dossier + "/submit").body();
        assertThat(lock).contains("id=\"zero-components\"").contains("id=\"lock-confirm\"").contains("Tỉnh ");
        TestClient.Answer unconfirmed = page.postForm("/dossiers/" + dossier + "/submit", Map.of("_csrf", page.csrf("/dossiers/" + dossier + "/submit")));
        assertThat(unconfirmed.status()).isEqualTo(302);
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier).json().get("status").asText()).isNotEqualTo("SUBMITTED");
        page.postForm("/dossiers/" + dossier + "/submit", Map.of("_csrf", page.csrf("/dossiers/" + dossier + "/submit"), "confirm", "true"));
        assertThat(coordinator.get("/api/v1/dossiers/" + dossier).json().get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void thePageFormAsksBeforeReopeningAndAnotherDepartmentCannotReopen() throws Exception {
        long dossier = dossier();
        officerA.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE);
        officerA.post(items(dossier) + "/submit", Map.of("reason", "thử"));
        String files = "/dossiers/" + dossier + "/components/1.4/files";
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
        String page = officer.page("/dossiers/" + dossier + "/components/1.4").body();
        assertThat(page).contains("id=\"reopen-guard\"").contains("Tôi hiểu: chỉ số 1.4");
        assertThat(page.indexOf("id=\"upload-section\"")).as("upload before findings").isLessThan(page.indexOf("id=\"findings-section\""));
        String csrf = officer.csrf("/dossiers/" + dossier + "/components/1.4");

        TestClient.Answer asked = officer.postFiles(files, "application/json", csrf,
                Map.of("them.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8)));
        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.body()).contains("Đã gửi rà soát");

        TestClient other = TestClient.browser(port).login("can-bo-b", Province.PASSWORD);
        Multipart body = new Multipart().field("_csrf", other.csrf("/my-work")).field("reopen", "true")
                .file("files", "chen.txt", "x".getBytes(StandardCharsets.UTF_8));
        TestClient.Answer foreign = other.send("POST", files, body.contentType(), body.bytes(), Map.of("Accept", "application/json"));
        assertThat(foreign.status()).isIn(403, 404);
        assertThat(other.page("/dossiers/" + dossier + "/components/1.4").status()).isEqualTo(404);

        Multipart mine = new Multipart().field("_csrf", csrf).field("reopen", "true")
                .file("files", "them.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8));
        TestClient.Answer reopened = officer.send("POST", files, mine.contentType(), mine.bytes(), Map.of("Accept", "application/json"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
        assertThat(coordinator.get(items(dossier)).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aDisabledAccountsSessionGetsNoWorkNorNotifications() throws Exception {
        TestClient admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        admin.post("/api/v1/admin/accounts", Map.of("username", "can-bo-nghi", "password", Province.PASSWORD,
                "role", "DEPARTMENT_OFFICER", "department", Province.DEPT_A));
        TestClient s = TestClient.browser(port).login("can-bo-nghi", Province.PASSWORD);
        assertThat(s.page("/my-work").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/accounts/can-bo-nghi/disable", Map.of()).status()).isEqualTo(200);
        for (String path : new String[] {"/my-work", "/notifications", "/api/v1/notifications", "/api/v1/my-work"}) {
            TestClient.Answer r = s.send("GET", path, null, null, Map.of());
            assertThat(r.status()).as(path).isIn(401, 302);
        }
        assertThat(new TestClient(port, "can-bo-nghi", Province.PASSWORD).get("/api/v1/my-work").status()).isEqualTo(401);
    }

    private long dossier() throws Exception {
        return coordinator.dossier(2023);
    }

    private static String items(long dossier) {
        return "/api/v1/review/dossiers/" + dossier + "/items/1.4";
    }
}
