package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.accounts.AccountRefusedException;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.review.Province;

/**
 * Issue 16, item 5: the province comes from the year's list, one dossier per province and year;
 * departments, assignments, empty dossiers and accounts can be changed, each change in the trail,
 * and only by an admin. Dossiers here are of 2022, which the shared tests' 2023 dossiers do not touch.
 */
class AdminChangesTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private TestClient admin;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        admin = new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    @Test
    void theProvincesOfAYearAreTheListInForceThatYear() throws Exception {
        JsonNode y2025 = admin.get("/api/v1/provinces?year=2025").json();
        JsonNode y2023 = admin.get("/api/v1/provinces?year=2023").json();
        JsonNode y2024 = admin.get("/api/v1/provinces?year=2024").json();
        assertThat(y2025).hasSize(34);
        assertThat(y2023).hasSize(63);
        assertThat(y2024).hasSize(63);
        assertThat(texts(y2025)).contains("Cà Mau", "Huế").doesNotContain("Bạc Liêu", "Thừa Thiên Huế");
        assertThat(texts(y2023)).contains("Bạc Liêu", "Thừa Thiên Huế").doesNotContain("Huế");
    }

    @Test
    void aProvinceOutsideTheYearsListIsRefusedInBothLanguages() throws Exception {
        TestClient.Answer unknown = admin.post("/api/v1/dossiers", Map.of("province", "Tỉnh Không Có", "year", 2022));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("Không có tỉnh, thành phố \\\"Tỉnh Không Có\\\" trong danh sách năm 2022")
                .contains("is not in the list of provinces and cities of 2022");
        TestClient.Answer merged = admin.post("/api/v1/dossiers", Map.of("province", "Tỉnh Bạc Liêu", "year", 2025));
        assertThat(merged.status()).as("Bạc Liêu is part of Cà Mau from 01/07/2025").isEqualTo(422);
        assertThat(merged.body()).contains("34");
    }

    @Test
    void aSecondDossierForTheSameProvinceAndYearIsRefusedWhateverTheSpelling() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        TestClient.Answer first = coordinator.post("/api/v1/dossiers", Map.of("province", "Gia Lai", "year", 2022));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        for (String spelling : List.of("Gia Lai", "Tỉnh Gia Lai", "tinh gia lai", "TỈNH GIA LAI")) {
            TestClient.Answer second = coordinator.post("/api/v1/dossiers", Map.of("province", spelling, "year", 2022));
            assertThat(second.status()).as(spelling).isEqualTo(409);
            assertThat(second.body()).contains("Đã có hồ sơ của Gia Lai năm 2022 (hồ sơ số " + id + ")")
                    .contains("Gia Lai already has a dossier for 2022");
        }
        assertThat(coordinator.post("/api/v1/dossiers", Map.of("province", "Gia Lai", "year", 2024)).status())
                .as("another year").isEqualTo(201);
        // The database holds it too, whatever the application checks first.
        assertThatThrownBy(() -> jdbc.sql("insert into dossier (province, province_key, year, created_by) values (?, ?, ?, ?)")
                .params("Tỉnh Gia Lai", "gia lai", 2022, "test").update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theNewDossierFormOffersTheYearsProvincesWithNothingPrefilled() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinator = TestClient.browser(port).login("dieu-phoi", Province.PASSWORD);
        String page = coordinator.page("/dossiers?year=2025").body();
        String select = page.substring(page.indexOf("<select id=\"province\""), page.indexOf("</select>", page.indexOf("<select id=\"province\"")));
        assertThat(select.split("<option", -1)).as("a blank choice and the 34 provinces").hasSize(1 + 1 + 34);
        assertThat(select).contains(">Cà Mau").contains(">Huế").doesNotContain("Bạc Liêu").doesNotContain("selected");
        assertThat(page).doesNotContain("value=\"Tỉnh Bạc Liêu\"").doesNotContain("type=\"text\" id=\"province\"");
        assertThat(coordinator.page("/dossiers?year=2023").body()).contains(">Bạc Liêu").contains(">Thừa Thiên Huế<");
        assertThat(new TestClient(port, "dieu-phoi", Province.PASSWORD).post("/api/v1/dossiers", Map.of("province", "Bình Định",
                "year", 2022)).status()).isEqualTo(201);
        assertThat(coordinator.page("/dossiers?year=2022").body()).as("a province with its dossier cannot be chosen again")
                .contains("<option value=\"Bình Định\" disabled=\"disabled\">Bình Định (đã có hồ sơ)</option>");
    }

    @Test
    void anEmptyDossierCanBeDeletedAndOneWithAFileCannot() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long empty = coordinator.post("/api/v1/dossiers", Map.of("province", "Kon Tum", "year", 2022)).json().get("id").asLong();
        assertThat(admin.delete("/api/v1/admin/dossiers/" + empty).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/dossiers/" + empty).status()).isEqualTo(404);
        assertThat(coordinator.post("/api/v1/dossiers", Map.of("province", "Kon Tum", "year", 2022)).status())
                .as("the province is free again").isEqualTo(201);

        long used = coordinator.post("/api/v1/dossiers", Map.of("province", "Đắk Lắk", "year", 2022)).json().get("id").asLong();
        assertThat(coordinator.upload(used, "1.1", "quyet-dinh.txt", "Quyết định").status()).isEqualTo(201);
        TestClient.Answer refused = admin.delete("/api/v1/admin/dossiers/" + used);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Không xóa được hồ sơ Đắk Lắk năm 2022: hồ sơ đã có 1 tệp")
                .contains("cannot be deleted: it has 1 file(s)");
        assertThat(admin.get("/api/v1/dossiers/" + used).status()).isEqualTo(200);
        assertThat(trail("DOSSIER_DELETED")).anyMatch(e -> e.path("dossierId").asLong() == empty);
    }

    @Test
    void aDepartmentIsRenamedAndDeletedOnlyWhenNothingUsesIt() throws Exception {
        assertThat(admin.post("/api/v1/admin/departments", Map.of("code", "so-doi-ten", "name", "Sở Thông tin")).status())
                .isEqualTo(201);
        TestClient.Answer renamed = admin.post("/api/v1/admin/departments/so-doi-ten", Map.of("name", "Sở Khoa học và Công nghệ"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/departments").body()).contains("Sở Khoa học và Công nghệ").doesNotContain("\"Sở Thông tin\"");
        assertThat(admin.post("/api/v1/admin/assignments", Map.of("year", 2022, "indicator", "1.5", "department", "so-doi-ten"))
                .status()).isEqualTo(201);

        TestClient.Answer inUse = admin.delete("/api/v1/admin/departments/so-doi-ten");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.body()).contains("Không xóa được đơn vị Sở Khoa học và Công nghệ").contains("2022: 1.5")
                .contains("cannot be deleted: it still supplies components");

        assertThat(admin.delete("/api/v1/admin/assignments/2022/1.5").status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/admin/departments/so-doi-ten").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/admin/departments").body()).doesNotContain("so-doi-ten");
        assertThat(actions()).contains("DEPARTMENT_RENAMED", "COMPONENT_UNASSIGNED", "DEPARTMENT_DELETED");
    }

    @Test
    void aDepartmentWithAccountsIsNotDeletedAndAnAssignmentWithFilesIsNotDropped() throws Exception {
        TestClient.Answer withAccounts = admin.delete("/api/v1/admin/departments/" + Province.DEPT_A);
        assertThat(withAccounts.status()).isEqualTo(409);
        assertThat(withAccounts.body()).contains("can-bo-a");

        admin.post("/api/v1/admin/departments", Map.of("code", "so-giu-tep", "name", "Sở Giữ Tệp"));
        admin.post("/api/v1/admin/assignments", Map.of("year", 2022, "indicator", "1.2", "department", "so-giu-tep"));
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinator.post("/api/v1/dossiers", Map.of("province", "Lâm Đồng", "year", 2022)).json().get("id").asLong();
        assertThat(coordinator.upload(dossier, "1.2", "ke-hoach.txt", "Kế hoạch").status()).isEqualTo(201);
        TestClient.Answer refused = admin.delete("/api/v1/admin/assignments/2022/1.2");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Không bỏ giao được chỉ số 1.2 năm 2022: đã có 1 tệp")
                .contains("Assign it to another department instead");
    }

    @Test
    void anAccountsRoleAndDepartmentChangeButNotOnesOwnRoleNorTheLastAdmins() throws Exception {
        admin.post("/api/v1/admin/accounts", Map.of("username", "doi-vai-tro", "password", Province.PASSWORD,
                "role", "DEPARTMENT_OFFICER", "department", Province.DEPT_A));
        TestClient.Answer moved = admin.post("/api/v1/admin/accounts/doi-vai-tro", Map.of("role", "DEPARTMENT_OFFICER",
                "department", Province.DEPT_B));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("department").asText()).isEqualTo(Province.DEPT_B);
        assertThat(admin.post("/api/v1/admin/accounts/doi-vai-tro", Map.of("role", "COORDINATOR")).json()
                .get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(new TestClient(port, "doi-vai-tro", Province.PASSWORD).post("/api/v1/review/dossiers/1/waivers", Map.of()).status())
                .as("the new role holds at once").isNotEqualTo(403);

        TestClient.Answer noDepartment = admin.post("/api/v1/admin/accounts/doi-vai-tro", Map.of("role", "DEPARTMENT_OFFICER"));
        assertThat(noDepartment.status()).isEqualTo(400);
        assertThat(noDepartment.body()).contains("cần một đơn vị đã có").contains("needs an existing department");

        TestClient.Answer own = admin.post("/api/v1/admin/accounts/admin", Map.of("role", "COORDINATOR"));
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.body()).contains("Không thể tự đổi vai trò của mình").contains("cannot change your own role");
        // the last enabled admin keeps the role whoever asks (here a script's name, not an admin of its own)
        assertThatThrownBy(() -> accounts.change("admin", "COORDINATOR", null, "kich-ban"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("admin is the last enabled admin");
        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo("ADMIN");

        List<String> changes = new ArrayList<>();
        for (JsonNode e : trail("ACCOUNT_CHANGED")) {
            if ("doi-vai-tro".equals(e.path("detail").asText())) {
                changes.add(e.path("before").asText() + " → " + e.path("after").asText());
            }
        }
        assertThat(changes).containsExactly("DEPARTMENT_OFFICER @ so-tttt → DEPARTMENT_OFFICER @ vp-ubnd",
                "DEPARTMENT_OFFICER @ vp-ubnd → COORDINATOR");
    }

    @Test
    void theAccountFormKeepsWhatWasTypedAfterARefusal() throws Exception {
        TestClient browser = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        TestClient.Answer refused = browser.postForm("/admin/accounts", Map.of("username", "giu-lai-chu", "password", "ngan",
                "role", "LEADER", "department", Province.DEPT_B, "_csrf", browser.csrf("/admin")));
        assertThat(refused.location()).contains("/admin");
        String page = browser.page("/admin").body();
        String form = page.substring(page.indexOf("id=\"new-account\""), page.indexOf("</form>", page.indexOf("id=\"new-account\"")));
        assertThat(form).contains("value=\"giu-lai-chu\"").contains("value=\"LEADER\" selected")
                .contains("value=\"" + Province.DEPT_B + "\" selected").doesNotContain("ngan");
        assertThat(page).contains("class=\"flash error\"");
    }

    @Test
    void theAssignmentFormPicksFromTheYearsComponents() throws Exception {
        TestClient browser = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        String page = browser.page("/admin?year=2023").body();
        assertThat(page).contains("id=\"component-picker\"").contains("type=\"checkbox\" name=\"indicators\" value=\"1.1\"")
                .doesNotContain("id=\"as-codes\"");
        admin.post("/api/v1/admin/departments", Map.of("code", "so-chon", "name", "Sở Chọn"));
        TestClient.Answer saved = browser.send("POST", "/admin/assignments", "application/x-www-form-urlencoded",
                ("year=2022&indicators=2.1&indicators=2.2&department=so-chon&_csrf=" + browser.csrf("/admin"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/admin/assignments?year=2022").body()).contains("\"2.1\"").contains("\"2.2\"");
    }

    @Test
    void onlyAnAdminMakesTheseChangesAndNeverWithoutTheFormsToken() throws Exception {
        admin.post("/api/v1/admin/departments", Map.of("code", "so-bao-ve", "name", "Sở Bảo Vệ"));
        for (String who : List.of("can-bo-a", "lanh-dao", "dieu-phoi")) {
            TestClient other = new TestClient(port, who, Province.PASSWORD);
            assertThat(other.post("/api/v1/admin/departments/so-bao-ve", Map.of("name", "x")).status()).as(who).isEqualTo(403);
            assertThat(other.delete("/api/v1/admin/departments/so-bao-ve").status()).as(who).isEqualTo(403);
            assertThat(other.delete("/api/v1/admin/assignments/2023/1.1").status()).as(who).isEqualTo(403);
            assertThat(other.post("/api/v1/admin/accounts/can-bo-b", Map.of("role", "ADMIN")).status()).as(who).isEqualTo(403);
            assertThat(other.delete("/api/v1/admin/dossiers/1").status()).as(who).isEqualTo(403);
            TestClient page = TestClient.browser(port).login(who, Province.PASSWORD);
            TestClient.Answer form = page.send("POST", "/admin/departments/so-bao-ve/delete", "application/x-www-form-urlencoded",
                    ("_csrf=" + page.csrf("/dossiers")).getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
            assertThat(form.status()).as(who + " on the page").isEqualTo(403);
        }
        assertThat(accounts.find("can-bo-b").orElseThrow().role()).isEqualTo("DEPARTMENT_OFFICER");

        TestClient browser = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        assertThat(browser.postForm("/admin/departments/so-bao-ve/delete", Map.of()).status()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.postForm("/admin/accounts/can-bo-b/change", Map.of("role", "ADMIN")).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/departments").body()).contains("so-bao-ve");

        admin.post("/api/v1/admin/accounts", Map.of("username", "quan-tri-nghi", "password", Province.PASSWORD, "role", "ADMIN"));
        admin.post("/api/v1/admin/accounts/quan-tri-nghi/disable", Map.of());
        assertThat(new TestClient(port, "quan-tri-nghi", Province.PASSWORD).delete("/api/v1/admin/departments/so-bao-ve").status())
                .as("a disabled admin").isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/departments").body()).contains("so-bao-ve");
    }

    @Test
    void thePagesFormsChangeDepartmentsAccountsAndDossiers() throws Exception {
        TestClient browser = TestClient.browser(port).login("admin", ADMIN_PASSWORD);
        admin.post("/api/v1/admin/departments", Map.of("code", "so-trang", "name", "Sở Trang"));
        TestClient.Answer renamed = browser.postForm("/admin/departments/so-trang/rename",
                Map.of("name", "Sở Trang Mới", "_csrf", browser.csrf("/admin")));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(browser.page("/admin").body()).contains("Sở Trang Mới");
        TestClient.Answer refused = browser.send("POST", "/admin/departments/" + Province.DEPT_A + "/delete",
                "application/x-www-form-urlencoded", ("_csrf=" + browser.csrf("/admin")).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Referer", "http://localhost:" + port + "/admin"));
        assertThat(refused.location()).as("back to the admin page with the reason").endsWith("/admin");
        assertThat(browser.page("/admin").body()).contains("Không xóa được đơn vị Sở Thông tin và Truyền thông");
        browser.postForm("/admin/departments/so-trang/delete", Map.of("_csrf", browser.csrf("/admin")));
        assertThat(browser.page("/admin").body()).doesNotContain("Sở Trang Mới");

        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD).post("/api/v1/dossiers",
                Map.of("province", "Sóc Trăng", "year", 2022)).json().get("id").asLong();
        assertThat(browser.page("/admin").body()).contains("/admin/dossiers/" + dossier + "/delete");
        browser.postForm("/admin/dossiers/" + dossier + "/delete", Map.of("_csrf", browser.csrf("/admin")));
        assertThat(admin.get("/api/v1/dossiers/" + dossier).status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<JsonNode> trail(String action) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : admin.get("/api/v1/audit").json()) {
            if (action.equals(e.path("action").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    private List<String> actions() throws Exception {
        List<String> out = new ArrayList<>();
        admin.get("/api/v1/audit").json().forEach(e -> out.add(e.path("action").asText()));
        return out;
    }
    @Test
    void aCentrallyRunCityTakesItsDossierUnderItsCityName() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        assertThat(coordinator.post("/api/v1/dossiers", Map.of("province", "Thành phố Đà Nẵng", "year", 2022)).status())
                .as("the test dossiers fall back on the cities once every province has one").isEqualTo(201);
    }
}
