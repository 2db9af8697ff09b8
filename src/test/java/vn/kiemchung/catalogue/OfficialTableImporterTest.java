package vn.kiemchung.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialTableImporterTest {

    private static final String SHEET = "Phụ lục I.2";
    private final OfficialTableImporter importer = new OfficialTableImporter();

    @TempDir
    Path temp;

    @Test
    void importsTheOfficialXlsxLayoutBelowItsTitleRows() throws IOException {
        ImportResult result = importer.importWorkbook(new ByteArrayInputStream(officialWorkbook()), "922.xlsx", 2022);
        Catalogue catalogue = result.catalogue();

        assertThat(catalogue.mainIndicators()).extracting(MainIndicator::code).containsExactly("1", "2", "6", "7");
        assertThat(catalogue.indicators()).extracting(Indicator::code)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "6.1", "7.1");
        assertThat(catalogue.indicators()).extracting(Indicator::method).containsExactly(
                ScoringMethod.DOCUMENT, ScoringMethod.COUNT, ScoringMethod.RATIO, ScoringMethod.RATIO,
                ScoringMethod.SURVEY, ScoringMethod.DOCUMENT, ScoringMethod.DOCUMENT, ScoringMethod.SYSTEM);
        assertThat(catalogue.find("1.2").orElseThrow().maxPoints()).isEqualByComparingTo("40");
        assertThat(catalogue.maxScore()).isEqualByComparingTo("360");
        assertThat(catalogue.indicators()).allMatch(Indicator::verified);
    }

    @Test
    void readsMainIndicatorsGroupsAndUnscoredRows() throws IOException {
        Catalogue catalogue = importer.importWorkbook(new ByteArrayInputStream(officialWorkbook()), "922.xlsx", 2022)
                .catalogue();

        MainIndicator awareness = catalogue.main("1").orElseThrow();
        assertThat(awareness.nameVi()).isEqualTo("Nhận thức số");
        assertThat(awareness.group()).isEqualTo("Nhóm chỉ số nền tảng chung");
        assertThat(awareness.maxPoints()).isEqualByComparingTo("100");
        assertThat(awareness.componentCount()).isEqualTo(3);
        assertThat(catalogue.main("6").orElseThrow().scored()).isFalse();
        assertThat(catalogue.main("7").orElseThrow().group()).isEqualTo("Nhóm chỉ số hoạt động");
    }

    @Test
    void infersEvidenceValiditySignerAndStepsFromTheWording() throws IOException {
        Catalogue catalogue = importer.importWorkbook(new ByteArrayInputStream(officialWorkbook()), "922.xlsx", 2022)
                .catalogue();

        Indicator committee = catalogue.find("1.1").orElseThrow();
        assertThat(committee.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(committee.evidence().signer()).as("1.1 is graded by who the decision names as head, not by its signature").isEqualTo("ANY");
        assertThat(catalogue.find("1.3").orElseThrow().evidence().signer()).as("1.3 counts documents the head signed").isEqualTo("HEAD");
        assertThat(committee.evidence().docTypes()).containsExactly("QUYET_DINH");
        assertThat(committee.evidence().issuerKinds()).contains("PROVINCE_PARTY", "PROVINCE_PEOPLES_COMMITTEE");
        assertThat(committee.supplier()).isEqualTo("Văn phòng UBND tỉnh");

        Indicator meetings = catalogue.find("1.2").orElseThrow();
        assertThat(meetings.validity()).isEqualTo(Validity.IN_YEAR);
        assertThat(meetings.evidence().docTypes()).containsExactly("THONG_BAO");
        assertThat(meetings.steps()).containsExactly(new Indicator.Step(1, new BigDecimal("0.25")),
                new Indicator.Step(2, new BigDecimal("0.5")), new Indicator.Step(3, new BigDecimal("0.75")),
                new Indicator.Step(4, BigDecimal.ONE));
        // the verifier cell is merged down over the three components of main indicator 1
        assertThat(catalogue.find("1.3").orElseThrow().verifier()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(catalogue.find("2.3").orElseThrow().evidence().docTypes()).containsExactly("KE_HOACH");
    }

    @Test
    void unreadableRowBecomesAProblemNamingSheetAndRow() throws IOException {
        ImportResult result = importer.importWorkbook(new ByteArrayInputStream(officialWorkbook()), "922.xlsx", 2022);

        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(CatalogueProblem.Severity.ERROR);
            assertThat(p.where()).isEqualTo("'" + SHEET + "' dòng/row 15");
            assertThat(p.messageVi()).isEqualTo("không đọc được điểm tối đa 'hai mươi'");
            assertThat(p.messageEn()).isEqualTo("cannot read the maximum points 'hai mươi'");
        });
        assertThat(result.catalogue().find("2.3")).isPresent();
    }

    @Test
    void quoteLeftOpenInACsvIsAProblemAtTheLineWhereItOpens() {
        String csv = "STT,Chỉ số,Điểm tối đa\n1,Nhận thức số,100\n1.1,\"Người đứng đầu,60\n";

        ImportResult result = importer.importCsv(csv, "bang.csv", 2022);

        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(CatalogueProblem.Severity.ERROR);
            assertThat(p.where()).isEqualTo("'bang.csv' dòng/row 3");
            assertThat(p.message()).isEqualTo("'bang.csv' dòng/row 3: dấu ngoặc kép mở mà không đóng, phần còn lại của"
                    + " tệp không đọc được / a quote is opened and never closed, the rest of the file cannot be read");
        });
    }

    @Test
    void corruptWorkbookIsAProblemNotAnException() {
        ImportResult result = importer.importWorkbook(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0}),
                "broken.xlsx", 2022);

        assertThat(result.catalogue().indicators()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("'broken.xlsx'"));
    }

    @Test
    void importsACsvExportWithBomAndHeadersWithoutDiacritics() throws IOException {
        String csv = "\uFEFFBO CHI SO DANH GIA CHUYEN DOI SO,,,,,,\r\n"
                + ",,,,,,\r\n"
                + "STT,CHI SO/CHI SO THANH PHAN,DIEM TOI DA,CACH XAC DINH VA TINH DIEM,TAI LIEU KIEM CHUNG,"
                + "NGUON THU THAP DU LIEU,DON VI PHOI HOP XAC MINH SO LIEU\r\n"
                + "1,Nhận thức số,100,,,,\r\n"
                + "1.1,\"Ban chỉ đạo chuyển đổi số tổ chức các cuộc họp\",60,\"Số cuộc họp trong năm: 4 cuộc = 60 điểm;"
                + " 2 cuộc = 30 điểm\",Thông báo kết luận cuộc họp,\"UBND tỉnh, Sở TT&TT\",Sở TT&TT\r\n"
                + "1.2,\"Văn bản chỉ đạo do Chủ tịch ký\",40,\"a/b x 40, trong đó \"\"a\"\" là số văn bản\",,,\r\n";
        Path file = temp.resolve("bang-chi-so.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        ImportResult result = importer.importFile(file, 2023);

        Catalogue catalogue = result.catalogue();
        assertThat(catalogue.indicators()).extracting(Indicator::code).containsExactly("1.1", "1.2");
        Indicator meetings = catalogue.find("1.1").orElseThrow();
        assertThat(meetings.method()).isEqualTo(ScoringMethod.COUNT);
        assertThat(meetings.supplier()).isEqualTo("UBND tỉnh, Sở TT&TT");
        assertThat(meetings.steps()).containsExactly(new Indicator.Step(2, new BigDecimal("0.5")),
                new Indicator.Step(4, BigDecimal.ONE));
        assertThat(catalogue.find("1.2").orElseThrow().method()).isEqualTo(ScoringMethod.RATIO);
        assertThat(result.problems()).noneMatch(p -> p.severity() == CatalogueProblem.Severity.ERROR);
    }

    @Test
    void writtenImportLoadsBackAsTheSameCatalogue() throws IOException {
        Catalogue imported = importer.importWorkbook(new ByteArrayInputStream(officialWorkbook()), "922.xlsx", 2022)
                .catalogue();
        Path year = temp.resolve("2022");

        importer.write(imported, year);
        Catalogue loaded = new CatalogueLoader().load(year);

        assertThat(loaded.mainIndicators()).isEqualTo(imported.mainIndicators());
        assertThat(loaded.indicators()).isEqualTo(imported.indicators());
        assertThat(Files.readString(year.resolve("catalogue.csv"))).startsWith("\uFEFFcode,main_code,");
    }

    @Test
    void shippedCatalogueSurvivesAWriteAndLoad() {
        CatalogueLoader loader = new CatalogueLoader();
        Catalogue shipped = loader.load(Path.of("rules", "2022"));
        Path year = temp.resolve("2022");

        importer.write(shipped, year);
        Catalogue again = loader.load(year);

        assertThat(again.mainIndicators()).isEqualTo(shipped.mainIndicators());
        assertThat(again.indicators()).isEqualTo(shipped.indicators());
    }

    /** The ministry's layout: title rows, a merged header band, column numbers, bold main indicators. */
    private static byte[] officialWorkbook() throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            Sheet sheet = wb.createSheet(SHEET);
            put(sheet, 0, null, "BỘ CHỈ SỐ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CẤP TỈNH");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            put(sheet, 1, null, "(Kèm theo Quyết định số 922/QĐ-BTTTT ngày 20 tháng 5 năm 2022)");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
            put(sheet, 3, bold, "STT", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Cách xác định và tính điểm",
                    "Tài liệu kiểm chứng", "Nguồn thu thập dữ liệu", "Đơn vị phối hợp xác minh số liệu");
            put(sheet, 4, null, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
            put(sheet, 5, bold, "I", "Nhóm chỉ số nền tảng chung");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 1, 6));
            put(sheet, 6, bold, "1", "Nhận thức số", 100);
            put(sheet, 7, null, "1.1", "Người đứng đầu tỉnh (Bí thư hoặc Chủ tịch) là Trưởng Ban chỉ đạo chuyển đổi số",
                    20, "Bí thư hoặc Chủ tịch tỉnh: 20 điểm; Phó Bí thư hoặc Phó Chủ tịch: 10 điểm; không có: 0",
                    "Quyết định thành lập, kiện toàn Ban chỉ đạo (QĐ-TU hoặc QĐ-UBND)", "Văn phòng UBND tỉnh",
                    "Sở Thông tin và Truyền thông");
            put(sheet, 8, null, "1.2", "Ban chỉ đạo chuyển đổi số tổ chức các cuộc họp trong năm", 40,
                    "4 cuộc họp/năm = 40 điểm; 3 cuộc = 30 điểm; 2 cuộc = 20 điểm; 1 cuộc = 10 điểm",
                    "Thông báo kết luận của từng cuộc họp", "Văn phòng UBND tỉnh");
            put(sheet, 9, null, "1.3", "Văn bản chỉ đạo chuyên đề về chuyển đổi số", 40,
                    "a/b × 40 (a: số văn bản do người đứng đầu ký; b: tổng số văn bản)", "Danh sách văn bản",
                    "Văn phòng UBND tỉnh");
            sheet.addMergedRegion(new CellRangeAddress(7, 9, 6, 6));
            put(sheet, 10, bold, "2", "Hạ tầng số", 60);
            put(sheet, 11, null, "2.1", "Tỷ lệ hộ gia đình có Internet cáp quang", 20,
                    "Tỷ lệ = số hộ có cáp quang / tổng số hộ × 20", "Báo cáo số liệu thuê bao", "Sở TT&TT");
            put(sheet, 12, null, "2.2", "Mức độ hài lòng về hạ tầng số", 20, "Bộ tổ chức khảo sát người dân", "",
                    "Bộ TT&TT");
            put(sheet, 13, null, "- ", "trong đó: khảo sát trực tuyến và trực tiếp");
            put(sheet, 14, null, "2.3", "Kế hoạch phát triển hạ tầng số hằng năm", "hai mươi",
                    "Có kế hoạch được ban hành trong năm", "", "Sở TT&TT");
            put(sheet, 15, bold, "II", "NHÓM CHỈ SỐ HOẠT ĐỘNG");
            put(sheet, 16, bold, "6", "Đô thị thông minh (không tính điểm)", 0);
            put(sheet, 17, null, "6.1", "Đề án phát triển đô thị thông minh", 0, "Có đề án: ghi nhận",
                    "Quyết định phê duyệt đề án", "Sở Xây dựng");
            put(sheet, 18, bold, 7, "Hoạt động chính quyền số", 200);
            put(sheet, 19, null, 7.1, "Số giao dịch chia sẻ dữ liệu qua LGSP", 200, "Số liệu do hệ thống đo của Bộ",
                    "", "Bộ TT&TT");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void put(Sheet sheet, int rowIndex, CellStyle style, Object... values) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (values[c] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue((String) values[c]);
            }
            if (style != null && c == 1) {
                cell.setCellStyle(style);
            }
        }
    }
}
