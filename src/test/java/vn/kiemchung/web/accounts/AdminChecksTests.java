package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/** What an admin or coordinator types is checked against the indicator sets before it is saved. */
class AdminChecksTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Test
    void anAssignmentToAComponentOutsideTheYearsSetIsRefusedNamingIt() throws Exception {
        TestClient admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        admin.post("/api/v1/admin/departments", Map.of("code", "so-khcn-kt", "name", "Sở Khoa học và Công nghệ"));

        TestClient.Answer unknown = admin.post("/api/v1/admin/assignments",
                Map.of("year", 2023, "indicator", "9.9", "department", "so-khcn-kt"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("Không có chỉ số thành phần 9.9").contains("No component 9.9");

        TestClient.Answer comma = admin.post("/api/v1/admin/assignments",
                Map.of("year", 2023, "indicator", "1,3", "department", "so-khcn-kt"));
        assertThat(comma.status()).isEqualTo(422);
        assertThat(comma.body()).contains("dấu chấm").contains("with a dot");

        assertThat(admin.post("/api/v1/admin/assignments",
                Map.of("year", 2023, "indicator", "1.3", "department", "so-khcn-kt")).status()).isEqualTo(201);
        assertThat(admin.get("/api/v1/admin/assignments?year=2023").body()).doesNotContain("\"9.9\"").doesNotContain("1,3");
    }

    @Test
    void aDossierForAYearWithoutAnIndicatorSetIsRefusedListingTheYearsThatHaveOne() throws Exception {
        TestClient admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        TestClient.Answer refused = admin.post("/api/v1/dossiers", Map.of("province", "Tỉnh Cà Mau", "year", 2031));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Chưa có bộ chỉ số cho năm 2031").contains("2023").contains("2024");
    }
}
