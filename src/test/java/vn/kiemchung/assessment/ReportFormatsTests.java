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
        assertThat(html).contains("Điểm dự kiến").contains("812.50").contains("Nhận thức số")
                .contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(HtmlReport.render(report, ReportLanguage.EN)).contains("Projected score").contains("Fix first");
    }

    @Test
    void workbookHasASummarySheetAndOneSheetPerMainIndicator() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report, ReportLanguage.VI)))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(wb.getNumberOfSheets()).isEqualTo(2 + report.mainIndicators().size());
            assertThat(wb.getSheet("1 Nhận thức số")).isNotNull();
            var score = wb.getSheetAt(0).getRow(5).getCell(1).getNumericCellValue();
            assertThat(score).isEqualTo(812.5);
        }
    }

    @Test
    void pdfForLeadersCarriesScoreAndFixFirstInVietnamese() throws Exception {
        try (var pdf = Loader.loadPDF(PdfReport.render(report, ReportLanguage.VI))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Điểm dự kiến: 812.50 / 1000").contains("Nhận thức số").contains("EVIDENCE_MISSING");
        }
    }

    private static AuditReport sample() {
        ReportFinding missing = new ReportFinding("ERROR", "EVIDENCE_MISSING", "EVIDENCE_MISSING rule", null,
                "Chưa có tài liệu <script>", "No evidence", null, "Tải lên", "Upload", "1.2", new BigDecimal("10.00"));
        IndicatorResult i1 = new IndicatorResult("1.1", "COMPLETE", new BigDecimal("10.00"), new BigDecimal("10.00"), List.of(),
                "1", "Trưởng ban chỉ đạo", "DOCUMENT", false, 1);
        IndicatorResult i2 = new IndicatorResult("1.2", "MISSING", new BigDecimal("0.00"), new BigDecimal("10.00"), List.of(missing),
                "1", "Cuộc họp", "COUNT", false, 0);
        return new AuditReport("Tỉnh Bạc Liêu", 2023, "2023@abc", new BigDecimal("812.50"), new BigDecimal("1000"),
                List.of(i1, i2), List.of(), new AuditReport.Summary(2, 1, 0, 1, 0, 1, 0, 0, BigDecimal.ZERO),
                List.of(new MainIndicatorResult("1", "Nhận thức số", new BigDecimal("10.00"), new BigDecimal("100"), 2, 1, 0, 1)),
                List.of(new Subtotal("GROUP", "Nhóm chỉ số nền tảng chung", new BigDecimal("10.00"), new BigDecimal("100"))),
                List.of(missing), "test", "2026-11-25T00:00:00Z");
    }
}
