package vn.kiemchung.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kiemchung.Readings;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/** The component page lists its evidence as the ministry's form cites it, and marks estimated points. */
class ComponentCitationsTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theComponentPageListsEachDocumentAsNumberDateAndSummaryAndMarksEstimatedPoints() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        TestClient officerApi = new TestClient(port, "can-bo-a", Province.PASSWORD);
        TestClient officer = TestClient.browser(port).login("can-bo-a", Province.PASSWORD);
        long id = officerApi.uploadOk(dossier, "1.4", "Thông báo 36.txt", Province.SIGNED_NOTICE.getBytes(StandardCharsets.UTF_8))
                .get("id").asLong();
        Readings.awaitFile(jdbc, id);

        String page = officer.page("/dossiers/" + dossier + "/components/1.4").body();

        assertThat(page).contains("id=\"citations\"")
                .contains("36/TB-UBND – 15/03/2023: Về việc ra mắt chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh");
        // the 2023 rows are reconstructions: their points are estimates
        assertThat(page).contains("id=\"component-estimated\"").contains("điểm ước tính");
    }

}
