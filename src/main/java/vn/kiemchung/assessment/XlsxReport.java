package vn.kiemchung.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The audit as a workbook: a summary sheet, one sheet per main indicator, and the documents read. */
final class XlsxReport {

    private XlsxReport() {
    }

    public static byte[] render(AuditReport r, ReportLanguage l) {
        return render(r, l, ReviewNotes.NONE);
    }

    /**
     * With the server's review notes: each component's department, review status and deadline, and the
     * waiver (reason, author, date) beside a waived finding. Every figure is a number cell with a format.
     */
    public static byte[] render(AuditReport r, ReportLanguage l, ReviewNotes notes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            summary(wb.createSheet(WorkbookUtil.createSafeSheetName(l.word("summary"))), r, l, st);
            for (MainIndicatorResult m : r.mainIndicators()) {
                String name = WorkbookUtil.createSafeSheetName(m.code() + " " + m.name());
                main(wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name), r, m, l, st, notes);
            }
            documents(wb.createSheet(WorkbookUtil.createSafeSheetName(l.word("documents"))), r, l, st);
            citations(wb.createSheet(WorkbookUtil.createSafeSheetName(l.word("citation"))), r, l, st);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX report", e);
        }
    }

    private static void summary(Sheet s, AuditReport r, ReportLanguage l, Styles st) {
        int row = 0;
        cell(s, row++, 0, l.word("title"), st.title);
        pair(s, row++, l.word("province"), r.province(), st);
        numberPair(s, row++, l.word("year"), r.year(), st.year, st);
        pair(s, row++, l.word("rules"), r.rulesetVersion(), st);
        pair(s, row++, l.word("generated"), r.generatedAt(), st);
        Row score = s.createRow(row++);
        cell(score, 0, l.word("projected"), st.header);
        number(score, 1, r.projectedScore().doubleValue(), st.bigNumber);
        number(score, 2, r.maxScore().doubleValue(), st.outOf);
        if (r.scoreEstimated()) {
            cell(score, 3, "(" + l.word("estimated") + ")", null);
            Row estimated = s.createRow(row++);
            cell(estimated, 0, l.word("estimatedTotal"), st.header);
            number(estimated, 1, r.unverifiedComponents(), st.integer);
            number(estimated, 2, r.estimatedPoints().doubleValue(), st.number);
            cell(estimated, 3, l.word("points"), null);
        }
        var sum = r.summary();
        numberPair(s, row++, l.word("full"), sum.full(), st.integer, st);
        numberPair(s, row++, l.word("partial"), sum.partial(), st.integer, st);
        numberPair(s, row++, l.word("zero"), sum.zero(), st.integer, st);
        numberPair(s, row++, l.word("ministry"), sum.notRequired(), st.integer, st);
        Row counts = s.createRow(row++);
        cell(counts, 0, "ERROR / WARNING / INFO", st.header);
        number(counts, 1, sum.errors(), st.integer);
        number(counts, 2, sum.warnings(), st.integer);
        number(counts, 3, sum.infos(), st.integer);
        row++;
        header(s.createRow(row++), st, l.word("main"), l.word("points"), l.word("max"), l.word("full"), l.word("partial"), l.word("zero"));
        for (MainIndicatorResult m : r.mainIndicators()) {
            Row x = s.createRow(row++);
            cell(x, 0, m.code() + ". " + m.name(), st.text);
            number(x, 1, m.projectedPoints().doubleValue(), st.number);
            if (m.maxPoints() != null) {
                number(x, 2, m.maxPoints().doubleValue(), st.number);
            }
            number(x, 3, m.full(), st.integer);
            number(x, 4, m.partial(), st.integer);
            number(x, 5, m.zero(), st.integer);
        }
        row++;
        cell(s, row++, 0, l.word("fixFirst"), st.header);
        header(s.createRow(row++), st, l.word("code"), l.word("severity"), l.word("finding"), l.word("document"),
                l.word("message"), l.word("fix"), l.word("atRisk"));
        for (ReportFinding f : r.fixFirst()) {
            findingRow(s.createRow(row++), f, l, st);
        }
        widths(s, 38, 12, 22, 40, 60, 50, 12);
    }

    private static void main(Sheet s, AuditReport r, MainIndicatorResult m, ReportLanguage l, Styles st, ReviewNotes notes) {
        int row = 0;
        cell(s, row++, 0, m.code() + ". " + m.name() + " — " + m.projectedPoints() + " / " + m.maxPoints(), st.title);
        Row titles = s.createRow(row++);
        header(titles, st, l.word("code"), l.word("name"), l.word("status"), l.word("points"), l.word("max"),
                l.word("severity"), l.word("finding"), l.word("document"), l.word("message"), l.word("fix"),
                l.word("estimated"), l.word("citation"));
        if (notes.present()) {
            cell(titles, 12, l.text("report.department"), st.header);
            cell(titles, 13, l.text("report.review"), st.header);
            cell(titles, 14, l.text("report.deadline"), st.header);
            cell(titles, 15, l.text("report.waived"), st.header);
        }
        s.createFreezePane(0, 2);
        for (IndicatorResult i : r.indicators()) {
            if (!m.code().equals(i.mainCode())) {
                continue;
            }
            Row x = s.createRow(row++);
            cell(x, 0, i.code(), st.text);
            cell(x, 1, i.name(), st.text);
            cell(x, 2, l.word(i.status().name()), st.text);
            number(x, 3, i.projectedPoints().doubleValue(), st.number);
            number(x, 4, i.maxPoints().doubleValue(), st.number);
            cell(x, 10, i.estimated() ? l.word("estimated") : "", st.text);
            cell(x, 11, String.join("\n", Citations.forComponent(r.documents(), i.code())), st.text);
            if (notes.present()) {
                ReviewNotes.Component c = notes.of(i.code());
                cell(x, 12, c.department() == null ? l.text("report.noDepartment") : c.department(), st.text);
                cell(x, 13, l.text("status." + c.status()), st.text);
                if (c.deadline() != null) {
                    x.createCell(14).setCellValue(c.deadline());
                    x.getCell(14).setCellStyle(st.date);
                }
            }
            for (ReportFinding f : i.findings()) {
                Row y = s.createRow(row++);
                cell(y, 5, f.severity(), st.text);
                cell(y, 6, f.code(), st.text);
                cell(y, 7, f.document(), st.text);
                cell(y, 8, l.message(f), st.text);
                cell(y, 9, l.fix(f), st.text);
                if (f.hasWaiver()) {
                    cell(y, 15, l.waiverText(notes.waiver(f)), st.text);
                }
            }
        }
        widths(s, 8, 50, 16, 10, 10, 10, 22, 40, 60, 50, 10, 90, 30, 16, 12, 50);
    }

    private static void documents(Sheet s, AuditReport r, ReportLanguage l, Styles st) {
        header(s.createRow(0), st, l.word("document"), l.word("docType"), l.word("number"), l.word("issuer"),
                l.word("issuedOn"), l.word("signed"), l.word("signer"), l.word("outcome"), "SHA-256");
        s.createFreezePane(0, 1);
        int row = 1;
        for (DocumentEntry d : r.documents()) {
            Row x = s.createRow(row++);
            cell(x, 0, d.path(), st.text);
            cell(x, 1, d.docType(), st.text);
            cell(x, 2, d.number(), st.text);
            cell(x, 3, d.issuer(), st.text);
            cell(x, 4, d.issuedOn(), st.text);
            cell(x, 5, d.signed() == null ? "" : l.word(d.signed() ? "yes" : "no"), st.text);
            cell(x, 6, HtmlReport.join(d.signerAuthority(), d.signerPosition(), d.signerName()), st.text);
            cell(x, 7, d.outcome() + (d.reason() == null ? "" : ": " + d.reason()), st.text);
            cell(x, 8, d.sha256(), st.text);
        }
        widths(s, 60, 14, 18, 40, 12, 8, 36, 30, 66);
    }

    /** One row per document, "số/ký hiệu – ngày: trích yếu", ready to paste into the ministry's form. */
    private static void citations(Sheet s, AuditReport r, ReportLanguage l, Styles st) {
        header(s.createRow(0), st, l.word("code"), l.word("name"), l.word("citation"), l.word("document"));
        s.createFreezePane(0, 1);
        int row = 1;
        for (IndicatorResult i : r.indicators()) {
            for (DocumentEntry d : r.documents()) {
                if (!i.code().equals(d.indicator())) {
                    continue;
                }
                Row x = s.createRow(row++);
                cell(x, 0, i.code(), st.text);
                cell(x, 1, i.name(), st.text);
                cell(x, 2, Citations.line(d), st.text);
                cell(x, 3, d.path(), st.text);
            }
        }
        widths(s, 8, 40, 100, 50);
    }

    private static void findingRow(Row x, ReportFinding f, ReportLanguage l, Styles st) {
        cell(x, 0, f.indicator(), st.text);
        cell(x, 1, f.severity(), st.text);
        cell(x, 2, f.code(), st.text);
        cell(x, 3, f.document(), st.text);
        cell(x, 4, l.message(f), st.text);
        cell(x, 5, l.fix(f), st.text);
        number(x, 6, f.pointsAtRisk().doubleValue(), st.number);
    }

    private static void header(Row row, Styles st, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            cell(row, i, titles[i], st.header);
        }
    }

    private static void pair(Sheet s, int row, String key, String value, Styles st) {
        Row x = s.createRow(row);
        cell(x, 0, key, st.header);
        cell(x, 1, value, null);
    }

    private static void numberPair(Sheet s, int row, String key, double value, CellStyle style, Styles st) {
        Row x = s.createRow(row);
        cell(x, 0, key, st.header);
        number(x, 1, value, style);
    }

    private static void cell(Sheet s, int row, int col, String value, CellStyle style) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        cell(r, col, value, style);
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        var c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        var c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            s.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    /** The few cell styles the workbook uses, created once (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle integer;
        final CellStyle bigNumber;
        final CellStyle outOf;
        final CellStyle year;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            number.setVerticalAlignment(VerticalAlignment.TOP);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            bigNumber = wb.createCellStyle();
            bigNumber.setFont(big);
            bigNumber.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            outOf = wb.createCellStyle();
            outOf.setDataFormat(wb.createDataFormat().getFormat("\"/ \"0.00"));
            year = wb.createCellStyle();
            year.setDataFormat(wb.createDataFormat().getFormat("0"));
            year.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

}
