package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/**
 * The reports downloaded from the server tell the review's story (issue 16, item 7): the waiver's
 * reason and author, each component's department, review status and deadline; an officer's download
 * holds their department's components only.
 */
class ReportDownloadTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void downloadsCarryTheWaiverAndEachComponentsReviewAndAnOfficerSeesOnlyTheirOwn() throws Exception {
        TestClient coordinator = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        TestClient officerA = new TestClient(port, "can-bo-a", Province.PASSWORD);
        long dossier = coordinator.dossier(2023);
        assertThat(officerA.upload(dossier, "1.4", "thong-bao.txt", Province.UNSIGNED_NOTICE).status()).isEqualTo(201);
        String items = "/api/v1/review/dossiers/" + dossier + "/items/1.4";
        assertThat(officerA.post(items + "/submit", null).status()).isEqualTo(200);
        TestClient.Answer waived = coordinator.post("/api/v1/review/dossiers/" + dossier + "/waivers", Map.of("indicator", "1.4",
                "code", "SIGNATURE_MISSING", "document", "1.4/thong-bao.txt", "justification", "Đã đối chiếu bản gốc có chữ ký"));
        assertThat(waived.status()).as(waived.body()).isEqualTo(201);
        assertThat(coordinator.post(items + "/start", null).status()).isEqualTo(200);
        LocalDate deadline = LocalDate.now().plusDays(10);
        TestClient.Answer sent = coordinator.post(items + "/send-back", Map.of("comment", "Bổ sung quyết định", "deadline", deadline.toString()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String due = deadline.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String report = "/api/v1/dossiers/" + dossier + "/report?format=";

        String html = new String(coordinator.getBytes(report + "html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Miễn trừ: Đã đối chiếu bản gốc có chữ ký — dieu-phoi,")
                .contains("Sở Thông tin và Truyền thông").contains("Văn phòng UBND tỉnh").contains("Cần bổ sung").contains(due);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(coordinator.getBytes(report + "xlsx")))) {
            Sheet main = wb.getSheet("1 Nhận thức số");
            Row c14 = row(main, "1.4");
            assertThat(c14.getCell(12).getStringCellValue()).isEqualTo("Sở Thông tin và Truyền thông");
            assertThat(c14.getCell(13).getStringCellValue()).isEqualTo("Cần bổ sung");
            assertThat(c14.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(deadline);
            assertThat(c14.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row(main, "1.2").getCell(12).getStringCellValue()).isEqualTo("Văn phòng UBND tỉnh");
            boolean marked = false;
            for (Row r : main) {
                marked |= r.getCell(15) != null && r.getCell(15).getStringCellValue().startsWith("Miễn trừ: Đã đối chiếu bản gốc");
            }
            assertThat(marked).as("the waived finding's row").isTrue();
        }

        try (var pdf = Loader.loadPDF(coordinator.getBytes(report + "pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Rà soát theo chỉ số thành phần").contains("Cần bổ sung").contains(due);
        }

        // The other department's officer: their components only, no word of 1.4's review or waiver.
        TestClient officerB = new TestClient(port, "can-bo-b", Province.PASSWORD);
        String theirs = new String(officerB.getBytes(report + "html"), StandardCharsets.UTF_8);
        assertThat(theirs).contains("Văn phòng UBND tỉnh").doesNotContain("Đã đối chiếu bản gốc").doesNotContain("Sở Thông tin và Truyền thông");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(officerB.getBytes(report + "xlsx")))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    r.forEach(c -> assertThat(c.toString()).doesNotContain("Đã đối chiếu bản gốc"));
                }
            }
        }
        assertThat(new TestClient(port, "lanh-dao", Province.PASSWORD).getBytes(report + "pdf")).as("a leader reads the report").isNotEmpty();
    }

    private static Row row(Sheet s, String code) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
