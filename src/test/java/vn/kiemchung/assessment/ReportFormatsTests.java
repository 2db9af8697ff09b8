package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The HTML, XLSX and PDF reports carry the same numbers as the JSON, in Vietnamese or English. */
class ReportFormatsTests {

    private final AuditReport report = sample();

    @Test
    void htmlReportShowsScoreMainIndicatorsAndEscapesText() {
        String html = HtmlReport.render(report, ReportLanguage.VI);
        assertThat(html).contains("Điểm dự kiến").contains("812,50").contains("Nhận thức số")
                .contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(HtmlReport.render(report, ReportLanguage.EN)).contains("Projected score").contains("Fix first");
    }

    @Test
    void workbookHasASummarySheetAndOneSheetPerMainIndicator() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report, ReportLanguage.VI)))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3 + report.mainIndicators().size());
            assertThat(wb.getSheet("1 Nhận thức số")).isNotNull();
            var score = wb.getSheetAt(0).getRow(5).getCell(1).getNumericCellValue();
            assertThat(score).isEqualTo(812.5);
        }
    }

    @Test
    void pdfForLeadersCarriesScoreAndFixFirstInVietnamese() throws Exception {
        try (var pdf = Loader.loadPDF(PdfReport.render(report, ReportLanguage.VI))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Điểm dự kiến: 812,50 / 1.000,00").contains("Nhận thức số").contains("EVIDENCE_MISSING");
        }
    }

    private static DocumentEntry entry(String path, String indicator, String number, String issuedOn, String subject) {
        return new DocumentEntry(path, "sha", "application/pdf", "THONG_BAO", number, "VĂN PHÒNG", issuedOn, true, "OK",
                null, indicator, "UBND TỈNH CÀ MAU", null, subject, null, null, null, List.of(), null, null, 1, false,
                1.0, null, false, 0, List.of(), false, List.of());
    }

    @Test
    void everyFormatMarksAnEstimatedScoreAndItsEstimatedComponents() throws Exception {
        assertThat(report.scoreEstimated()).isTrue();
        assertThat(report.unverifiedComponents()).isEqualTo(2);
        assertThat(report.estimatedPoints()).isEqualByComparingTo("10.00");
        assertThat(ReportJson.write(report)).contains("\"estimatedPoints\" : 10.00").contains("\"unverifiedComponents\" : 2")
                .contains("\"pointsVerified\" : false");
        assertThat(ReportJson.read(ReportJson.write(report)).unverifiedComponents()).isEqualTo(2);
        assertThat(HtmlReport.render(report, ReportLanguage.VI)).contains("(ước tính)").contains("Điểm ước tính");
        assertThat(HtmlReport.render(report, ReportLanguage.EN)).contains("(estimated)");
        try (var pdf = Loader.loadPDF(PdfReport.render(report, ReportLanguage.VI))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("812,50 / 1.000,00 (ước tính)").contains("1.1, 1.2");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report, ReportLanguage.VI)))) {
            assertThat(wb.getSheetAt(0).getRow(5).getCell(2).getNumericCellValue()).as("the maximum, a number").isEqualTo(1000);
            assertThat(wb.getSheetAt(0).getRow(5).getCell(3).getStringCellValue()).isEqualTo("(ước tính)");
            assertThat(wb.getSheet("1 Nhận thức số").getRow(2).getCell(10).getStringCellValue()).isEqualTo("ước tính");
        }
        AuditReport verified = new AuditReport(report.province(), report.year(), report.rulesetVersion(), report.projectedScore(),
                report.maxScore(), List.of(new IndicatorResult("1.1", ComponentStatus.COMPLETE, new BigDecimal("10.00"),
                new BigDecimal("10.00"), List.of(), "1", "x", "DOCUMENT", true, 1)), List.of(), report.summary(),
                report.mainIndicators(), report.subtotals(), List.of(), "test", "now");
        assertThat(verified.scoreEstimated()).isFalse();
        assertThat(HtmlReport.render(verified, ReportLanguage.VI)).doesNotContain("ước tính");
    }

    @Test
    void workbookListsEachComponentsEvidenceAsTheMinistrysFormCitesIt() throws Exception {
        AuditReport r = report.withDocuments(List.of(
                entry("1.2/tb-214.pdf", "1.2", "214/TB-VP", "2025-06-12", "Kết luận của Chủ tịch UBND tỉnh tại phiên họp"),
                entry("1.2/scan.pdf", "1.2", null, null, null)));
        assertThat(Citations.forComponent(r.documents(), "1.2")).containsExactly(
                "214/TB-VP – 12/06/2025: Kết luận của Chủ tịch UBND tỉnh tại phiên họp",
                "(không số) – (không rõ ngày): scan");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(r, ReportLanguage.VI)))) {
            var sheet = wb.getSheet("Trích dẫn tài liệu kiểm chứng");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("214/TB-VP – 12/06/2025: Kết luận của Chủ tịch UBND tỉnh tại phiên họp");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.2");
            assertThat(wb.getSheet("1 Nhận thức số").getRow(3).getCell(11).getStringCellValue())
                    .startsWith("214/TB-VP – 12/06/2025");
        }
    }

    private static AuditReport sample() {
        ReportFinding missing = new ReportFinding("ERROR", "EVIDENCE_MISSING", "EVIDENCE_MISSING rule", null,
                "Chưa có tài liệu <script>", "No evidence", null, "Tải lên", "Upload", "1.2", new BigDecimal("10.00"));
        IndicatorResult i1 = new IndicatorResult("1.1", ComponentStatus.COMPLETE, new BigDecimal("10.00"), new BigDecimal("10.00"), List.of(),
                "1", "Trưởng ban chỉ đạo", "DOCUMENT", false, 1);
        IndicatorResult i2 = new IndicatorResult("1.2", ComponentStatus.MISSING, new BigDecimal("0.00"), new BigDecimal("10.00"), List.of(missing),
                "1", "Cuộc họp", "COUNT", false, 0);
        return new AuditReport("Tỉnh Bạc Liêu", 2023, "2023@abc", new BigDecimal("812.50"), new BigDecimal("1000"),
                List.of(i1, i2), List.of(), new AuditReport.Summary(2, 1, 0, 1, 0, 1, 0, 0, BigDecimal.ZERO),
                List.of(new MainIndicatorResult("1", "Nhận thức số", new BigDecimal("10.00"), new BigDecimal("100"), 2, 1, 0, 1)),
                List.of(new Subtotal("GROUP", "Nhóm chỉ số nền tảng chung", new BigDecimal("10.00"), new BigDecimal("100"))),
                List.of(missing), "test", "2026-11-25T00:00:00Z");
    }
}
