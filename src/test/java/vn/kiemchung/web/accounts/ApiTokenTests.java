package vn.kiemchung.web.accounts;

import vn.kiemchung.accounts.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/** Personal API tokens against the real app: they act as their owner, are stored as a hash, and stop when revoked or expired. */
class ApiTokenTests extends ServerTestSupport {

    private static final Pattern SECRET = Pattern.compile("kc_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void aTokenUploadsAsItsOwnerWithTheOwnersScope() throws Exception {
        TestClient officerA = TestClient.withToken(port, token("can-bo-a", "tai-len-hang-loat"));
        TestClient officerB = TestClient.withToken(port, token("can-bo-b", "dong-bo"));
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);

        TestClient.Answer upload = officerA.upload(dossier, "1.4", "thong-bao-36.txt", Province.SIGNED_NOTICE);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long id = upload.json().get("id").asLong();
        assertThat(jdbc.sql("select uploaded_by from evidence where id = ?").param(id).query(String.class).single())
                .isEqualTo("can-bo-a");
        assertThat(officerA.get("/api/v1/evidence/" + id + "/content").status()).isEqualTo(200);
        assertThat(officerA.upload(dossier, "1.2", "khong-phai-cua-toi.txt", "x").status()).isEqualTo(403);
        assertThat(officerB.get("/api/v1/evidence/" + id).status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/evidence/" + id + "/content").status()).isEqualTo(404);
        assertThat(officerB.get("/api/v1/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void revokedExpiredUnknownAndDisabledAccountTokensAreRefusedWith401() throws Exception {
        TestClient owner = new TestClient(port, "dieu-phoi-2", Province.PASSWORD);
        JsonNode made = owner.post("/api/v1/tokens", Map.of("name", "bi-thu-hoi")).json();
        TestClient revoked = TestClient.withToken(port, made.get("secret").asText());
        assertThat(revoked.get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(owner.delete("/api/v1/tokens/" + made.get("id").asLong()).status()).isEqualTo(204);
        TestClient.Answer refused = revoked.get("/api/v1/dossiers");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("revoked");
        assertThat(refused.json().get("detailVi").asText()).contains("thu hồi");

        String expiring = token("dieu-phoi-2", "het-han");
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(ApiTokens.hash(expiring)).update();
        TestClient.Answer expired = TestClient.withToken(port, expiring).get("/api/v1/dossiers");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("detailVi").asText()).contains("hết hạn");

        TestClient.Answer unknown = TestClient.withToken(port, "kc_" + "A".repeat(43)).get("/api/v1/dossiers");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail").asText()).isNotBlank();
        assertThat(TestClient.withToken(port, "not-a-token").get("/api/v1/dossiers").status()).isEqualTo(401);

        new TestClient(port, "admin", ADMIN_PASSWORD).post("/api/v1/admin/accounts",
                Map.of("username", "se-bi-khoa", "password", Province.PASSWORD, "role", "COORDINATOR"));
        TestClient locked = TestClient.withToken(port, token("se-bi-khoa", "truoc-khi-khoa"));
        assertThat(locked.get("/api/v1/dossiers").status()).isEqualTo(200);
        jdbc.sql("update app_user set enabled = false where username = 'se-bi-khoa'").update();
        assertThat(locked.get("/api/v1/dossiers").status()).isEqualTo(401);
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        TestClient owner = new TestClient(port, "lanh-dao", Province.PASSWORD);
        TestClient.Answer created = owner.post("/api/v1/tokens", Map.of("name", "bao-cao-tuan", "expiresInDays", 30));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        assertThat(secret).matches(SECRET);
        assertThat(OffsetDateTime.parse(created.json().get("expiresAt").asText()))
                .isBetween(OffsetDateTime.now().plusDays(29), OffsetDateTime.now().plusDays(31));

        TestClient.Answer list = owner.get("/api/v1/tokens");
        assertThat(list.body()).doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));
        JsonNode listed = list.json().get(0);
        assertThat(listed.get("name").asText()).isEqualTo("bao-cao-tuan");
        assertThat(secret).startsWith(listed.get("prefix").asText());
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.get("status").asText()).isEqualTo("ACTIVE");

        Map<String, Object> row = jdbc.sql("select * from api_token where id = ?").param(listed.get("id").asLong())
                .query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(secret));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ?").param("%" + secret.substring(10) + "%")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'lanh-dao' and action = 'API_TOKEN_CREATED'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void aLeadersTokenReadsButCannotPost() throws Exception {
        TestClient leader = TestClient.withToken(port, token("lanh-dao", "chi-doc"));
        assertThat(leader.get("/api/v1/dossiers").status()).isEqualTo(200);
        assertThat(leader.post("/api/v1/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", 2023)).status()).isEqualTo(403);
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        assertThat(leader.upload(dossier, "1.4", "x.txt", "x").status()).isEqualTo(403);
    }

    @Test
    void aTokenCannotMintAnotherOneAndOnlyItsOwnerRevokesIt() throws Exception {
        TestClient script = TestClient.withToken(port, token("dieu-phoi", "khong-tu-nhan-ban"));
        TestClient.Answer minted = script.post("/api/v1/tokens", Map.of("name", "con"));
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.json().get("detailVi").asText()).isNotBlank();

        long othersToken = new TestClient(port, "can-bo-b", Province.PASSWORD).post("/api/v1/tokens", Map.of("name", "cua-nguoi-khac"))
                .json().get("id").asLong();
        assertThat(script.delete("/api/v1/tokens/" + othersToken).status()).isEqualTo(404);
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).post("/api/v1/tokens", Map.of("name", " ")).status())
                .isEqualTo(400);
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .post("/api/v1/tokens", Map.of("name", "qua-lau", "expiresInDays", 5000)).status()).isEqualTo(400);
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() throws Exception {
        String secret = token("can-bo-a", "dem-lan-dung");
        TestClient script = TestClient.withToken(port, secret);
        assertThat(lastUsed(secret)).isNull();
        script.get("/api/v1/dossiers");
        OffsetDateTime first = lastUsed(secret);
        assertThat(first).isNotNull();
        script.get("/api/v1/dossiers");
        assertThat(lastUsed(secret)).isEqualTo(first);
        jdbc.sql("update api_token set last_used_at = last_used_at - interval '2 minutes' where token_hash = ?")
                .param(ApiTokens.hash(secret)).update();
        script.get("/api/v1/dossiers");
        assertThat(lastUsed(secret)).isAfter(first.minusMinutes(2));
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndRevokesIt() throws Exception {
        TestClient browser = TestClient.browser(port);
        browser.login("can-bo-b", Province.PASSWORD);
        TestClient.Answer page = browser.page("/account");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Khóa API cho tập lệnh").contains("for=\"token-name\"").contains("for=\"token-days\"");

        TestClient.Answer created = browser.postForm("/account/tokens",
                Map.of("name", "may-quet", "days", "7", "_csrf", browser.csrf("/account")));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher shown = SECRET.matcher(created.body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group();
        assertThat(TestClient.withToken(port, secret).get("/api/v1/dossiers").status()).isEqualTo(200);

        TestClient.Answer again = browser.page("/account?lang=en");
        assertThat(again.body()).doesNotContain(secret).contains("may-quet").contains(secret.substring(0, 9)).contains("API tokens");
        long id = jdbc.sql("select id from api_token where token_hash = ?").param(ApiTokens.hash(secret)).query(Long.class).single();
        TestClient.Answer revoked = browser.postForm("/account/tokens/" + id + "/revoke", Map.of("_csrf", browser.csrf("/account")));
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(browser.page("/account").body()).contains("Token revoked").contains("Revoked");
        assertThat(TestClient.withToken(port, secret).get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'can-bo-b' and action = 'API_TOKEN_REVOKED'")
                .query(Integer.class).single()).isPositive();
    }

    private String token(String user, String name) throws Exception {
        TestClient.Answer made = new TestClient(port, user, user.equals("admin") ? ADMIN_PASSWORD : Province.PASSWORD)
                .post("/api/v1/tokens", Map.of("name", name));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("secret").asText();
    }

    private OffsetDateTime lastUsed(String secret) {
        return jdbc.sql("select last_used_at from api_token where token_hash = ?").param(ApiTokens.hash(secret))
                .query(OffsetDateTime.class).list().get(0);
    }

}
