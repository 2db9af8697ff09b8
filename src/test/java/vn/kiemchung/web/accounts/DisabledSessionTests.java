package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * Sessions of an account the admin disables: on every path — including those whose controllers never
 * look the account up (publishing a table, creating an API token, the audit trail and its CSV,
 * dossiers, rules, the OpenAPI description) — the next request is refused and the session is over,
 * and enabling the account again does not bring an old session back.
 */
class DisabledSessionTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    private TestClient admin;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    /** One request a disabled author's open session might still try. */
    private interface Attempt {
        TestClient.Answer send(TestClient session, String csrf) throws Exception;
    }

    @Test
    void everySessionOfADisabledAccountEndsOnEveryPath() throws Exception {
        account("tac-gia-nghi", "RULE_AUTHOR");
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        attempts.put("publish a table", (s, csrf) -> {
            Multipart body = new Multipart().field("folder", "1/1.1-steering-committee-head")
                    .file("file", "bang.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
            return s.send("POST", "/api/v1/rules/2023/tables", body.contentType(), body.bytes(), Map.of("X-CSRF-TOKEN", csrf));
        });
        attempts.put("create an API token", (s, csrf) -> s.send("POST", "/api/v1/tokens", "application/json",
                "{\"name\":\"lot-lai\"}".getBytes(StandardCharsets.UTF_8), Map.of("X-CSRF-TOKEN", csrf)));
        attempts.put("read the audit trail", (s, csrf) -> s.send("GET", "/api/v1/audit", null, null, Map.of()));
        attempts.put("the audit trail as CSV", (s, csrf) -> s.send("GET", "/api/v1/audit?format=csv", null, null, Map.of()));
        attempts.put("list dossiers", (s, csrf) -> s.send("GET", "/api/v1/dossiers", null, null, Map.of()));
        attempts.put("read the rules", (s, csrf) -> s.send("GET", "/api/v1/rules", null, null, Map.of()));
        attempts.put("the OpenAPI description", (s, csrf) -> s.send("GET", "/v3/api-docs", null, null, Map.of()));
        attempts.put("a page", (s, csrf) -> s.page("/dossiers"));

        Map<String, TestClient> sessions = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String what : attempts.keySet()) {
            TestClient session = TestClient.browser(port).login("tac-gia-nghi", Province.PASSWORD);
            assertThat(session.send("GET", "/api/v1/dossiers", null, null, Map.of()).status()).as(what).isEqualTo(200);
            sessions.put(what, session);
            tokens.put(what, session.csrf("/rules"));
        }
        assertThat(admin.post("/api/v1/admin/accounts/tac-gia-nghi/disable", Map.of()).status()).isEqualTo(200);

        for (var attempt : attempts.entrySet()) {
            TestClient session = sessions.get(attempt.getKey());
            TestClient.Answer r = attempt.getValue().send(session, tokens.get(attempt.getKey()));
            assertThat(r.status()).as(attempt.getKey() + ": " + r.body()).isIn(401, 302);
            if (r.status() == 302) {
                assertThat(r.location()).as(attempt.getKey()).contains("/login");
            }
        }
        assertThat(admin.get("/api/v1/tokens").body()).doesNotContain("lot-lai");
        assertThat(admin.get("/api/v1/admin/tokens").body()).doesNotContain("lot-lai");

        assertThat(admin.post("/api/v1/admin/accounts/tac-gia-nghi/enable", Map.of()).status()).isEqualTo(200);
        for (var session : sessions.entrySet()) {
            TestClient.Answer r = session.getValue().send("GET", "/api/v1/dossiers", null, null, Map.of());
            assertThat(r.status()).as("the session of '" + session.getKey() + "' stays ended").isIn(401, 302);
            assertThat(r.headers().firstValue("Location").orElse("/login")).contains("/login");
        }
        assertThat(TestClient.browser(port).login("tac-gia-nghi", Province.PASSWORD).page("/dossiers").status()).isEqualTo(200);
    }

    private void account(String username, String role) throws Exception {
        TestClient.Answer made = admin.post("/api/v1/admin/accounts", Map.of("username", username, "password", Province.PASSWORD, "role", role));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
}
