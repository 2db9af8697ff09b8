package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 7: a waived finding shows its reason and author in HTML, XLSX and PDF; each component its
 * review status, department and deadline when the server knows them; XLSX figures are numbers; the PDF's
 * first page is the leader's page and its colours follow the share of the maximum.
 */
class ReportStoryTests {

    private static final ReportFinding WAIVED = new ReportFinding("WARNING", "SIGNATURE_MISSING", "rule", "1.4/thong-bao.txt",
            "Chưa thấy chữ ký", "No signature", null, "Ký lại", "Sign it", "1.4", BigDecimal.ZERO, true);
    private static final ReportFinding MISSING = new ReportFinding("ERROR", "EVIDENCE_MISSING", "rule", null,
            "Chưa có tài liệu", "No evidence", null, "Tải lên", "Upload", "1.2", new BigDecimal("10.00"));

    private static final ReviewNotes NOTES = new ReviewNotes(
            Map.of("1.2", new ReviewNotes.Component("NEEDS_SUPPLEMENT", "Văn phòng UBND tỉnh", LocalDate.of(2024, 3, 15)),
                    "1.4", new ReviewNotes.Component("ACCEPTED", "Sở Thông tin và Truyền thông", null)),
            Map.of(WAIVED.waiverKey(), new ReviewNotes.WaiverNote("Đã đối chiếu bản gốc có chữ ký", "dieu-phoi-2",
                    LocalDate.of(2024, 3, 1))));

    @Test
    void htmlMarksTheWaiverWithItsReasonAndAuthorAndShowsTheReviewColumns() {
        String html = HtmlReport.render(report(), ReportLanguage.VI, NOTES);
        assertThat(html).contains("Miễn trừ: Đã đối chiếu bản gốc có chữ ký — dieu-phoi-2, 01/03/2024")
                .contains("<th>Đơn vị cung cấp</th><th>Rà soát</th><th>Hạn bổ sung</th>")
                .contains("Văn phòng UBND tỉnh").contains("Cần bổ sung").contains("15/03/2024").contains("Đã chấp nhận");
        assertThat(HtmlReport.render(report(), ReportLanguage.EN, NOTES)).contains("Waived: Đã đối chiếu bản gốc có chữ ký — dieu-phoi-2")
                .contains("Needs supplement").contains("Supplying department");
        String commandLine = HtmlReport.render(report(), ReportLanguage.VI);
        assertThat(commandLine).doesNotContain("Đơn vị cung cấp").doesNotContain("Rà soát");
    }

    @Test
    void theWorkbookHoldsNumbersAsNumbersAndTheReviewAndWaiverColumns() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report(), ReportLanguage.VI, NOTES)))) {
            Sheet summary = wb.getSheetAt(0);
            assertThat(numeric(summary, "Năm đánh giá")).isEqualTo(2023);
            assertThat(numeric(summary, "Điểm dự kiến")).isEqualTo(17.86);
            assertThat(numeric(summary, "0 điểm")).isEqualTo(1);
            Row score = find(summary, "Điểm dự kiến");
            assertThat(score.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(score.getCell(2).getNumericCellValue()).isEqualTo(1000);
            // no figure anywhere in the workbook is text that looks like a number (column A holds codes such as 1.2)
            List<String> numbersAsText = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getColumnIndex() > 0 && c.getCellType() == CellType.STRING && c.getStringCellValue().strip().matches("-?\\d+([.,]\\d+)?")) {
                            numbersAsText.add(s.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
            assertThat(numbersAsText).isEmpty();

            Sheet main = wb.getSheet("1 Nhận thức số");
            Row titles = main.getRow(1);
            assertThat(titles.getCell(12).getStringCellValue()).isEqualTo("Đơn vị cung cấp");
            assertThat(titles.getCell(13).getStringCellValue()).isEqualTo("Rà soát");
            assertThat(titles.getCell(14).getStringCellValue()).isEqualTo("Hạn bổ sung");
            Row c12 = rowOf(main, "1.2");
            assertThat(c12.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c12.getCell(12).getStringCellValue()).isEqualTo("Văn phòng UBND tỉnh");
            assertThat(c12.getCell(13).getStringCellValue()).isEqualTo("Cần bổ sung");
            assertThat(DateUtil.isCellDateFormatted(c12.getCell(14))).isTrue();
            assertThat(c12.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(c12.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            String waiver = null;
            for (Row r : main) {
                if (r.getCell(6) != null && "SIGNATURE_MISSING".equals(r.getCell(6).getStringCellValue())) {
                    waiver = r.getCell(15).getStringCellValue();
                }
            }
            assertThat(waiver).isEqualTo("Miễn trừ: Đã đối chiếu bản gốc có chữ ký — dieu-phoi-2, 01/03/2024");
        }
        try (XSSFWorkbook commandLine = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(report(), ReportLanguage.VI)))) {
            assertThat(commandLine.getSheet("1 Nhận thức số").getRow(1).getCell(12)).isNull();
        }
    }

    @Test
    void thePdfsFirstPageIsTheLeadersAndItsSecondThePerComponentReview() throws Exception {
        try (var pdf = Loader.loadPDF(PdfReport.render(report(), ReportLanguage.VI, NOTES))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(pdf);
            assertThat(page1).contains("Tỉnh: Tỉnh Bạc Liêu").contains("Năm đánh giá: 2023")
                    .contains("Điểm dự kiến: 17,86 / 1.000,00 (ước tính)").contains("Nhóm chỉ số nền tảng chung")
                    .contains("1. Nhận thức số").contains("Chỉ số thành phần 0 điểm (1)").contains("1.2")
                    .contains("Điểm có nguy cơ mất: 10,00");
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            String page2 = second.getText(pdf);
            assertThat(page2).contains("Rà soát theo chỉ số thành phần").contains("Văn phòng UBND tỉnh").contains("Cần bổ sung")
                    .contains("15/03/2024");
        }
        try (var pdf = Loader.loadPDF(PdfReport.render(report(), ReportLanguage.VI))) {
            assertThat(pdf.getNumberOfPages()).as("the command line's PDF: the leader's page alone").isEqualTo(1);
        }
    }

    @Test
    void manyFindingsStayOnTheFirstPageCountedRatherThanSpillingOntoANearlyEmptyOne() throws Exception {
        List<ReportFinding> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new ReportFinding("ERROR", "EVIDENCE_MISSING", "rule", "1.2/tep-" + i + ".pdf",
                    "Chưa có tài liệu số " + i + " với một lời giải thích khá dài để chiếm hai dòng trong báo cáo PDF của lãnh đạo",
                    "No evidence", null, "Tải lên", "Upload", "1.2", new BigDecimal("1.00")));
        }
        AuditReport r = report();
        AuditReport crowded = new AuditReport(r.province(), r.year(), r.rulesetVersion(), r.projectedScore(), r.maxScore(),
                r.indicators(), r.documents(), r.summary(), r.mainIndicators(), r.subtotals(), many, r.catalogueSource(),
                r.generatedAt());
        try (var pdf = Loader.loadPDF(PdfReport.render(crowded, ReportLanguage.VI))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).containsPattern("… và \\d+ phát hiện khác");
        }
    }

    @Test
    void aLowTotalIsNotDrawnInGreen() {
        assertThat(PdfReport.byRatio(new BigDecimal("17.86"), new BigDecimal("1000"))).isEqualTo(new Color(0xa4001d));
        assertThat(PdfReport.byRatio(new BigDecimal("600"), new BigDecimal("1000"))).isEqualTo(new Color(0x8a5a00));
        assertThat(PdfReport.byRatio(new BigDecimal("850"), new BigDecimal("1000"))).isEqualTo(new Color(0x1f6f43));
    }

    private static double numeric(Sheet s, String label) {
        Cell c = find(s, label).getCell(1);
        assertThat(c.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    private static Row find(Sheet s, String label) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && label.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Row rowOf(Sheet s, String code) {
        return find(s, code);
    }

    private static AuditReport report() {
        IndicatorResult i12 = new IndicatorResult("1.2", ComponentStatus.MISSING, new BigDecimal("0.00"), new BigDecimal("10.00"),
                List.of(MISSING), "1", "Cuộc họp", "COUNT", false, 0);
        IndicatorResult i14 = new IndicatorResult("1.4", ComponentStatus.COMPLETE, new BigDecimal("17.86"), new BigDecimal("20.00"),
                List.of(WAIVED), "1", "Chuyên mục", "DOCUMENT", true, 1);
        return new AuditReport("Tỉnh Bạc Liêu", 2023, "2023@abc", new BigDecimal("17.86"), new BigDecimal("1000"),
                List.of(i12, i14), List.of(), new AuditReport.Summary(2, 1, 0, 1, 0, 1, 1, 0, BigDecimal.ZERO),
                List.of(new MainIndicatorResult("1", "Nhận thức số", new BigDecimal("17.86"), new BigDecimal("100"), 2, 1, 0, 1)),
                List.of(new Subtotal("GROUP", "Nhóm chỉ số nền tảng chung", new BigDecimal("17.86"), new BigDecimal("100"))),
                List.of(MISSING), "test", "2026-11-25T00:00:00Z");
    }
}
