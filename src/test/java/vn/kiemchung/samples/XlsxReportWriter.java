package vn.kiemchung.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An Excel statistics report: header block in merged cells above a bordered table. */
final class XlsxReportWriter {

    private static final int LEFT_SPAN = 2;

    byte[] write(StatisticsReport report, String author, LocalDate created) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet("Tổng hợp");
            int lastColumn = report.columns().size() - 1;
            int r = 0;
            List<String> issuer = report.issuerLines();
            String[] right = {DocumentText.NATIONAL_NAME, DocumentText.MOTTO};
            int headerRows = Math.max(issuer.size(), right.length);
            for (int i = 0; i < headerRows; i++, r++) {
                Row row = sheet.createRow(r);
                if (i < issuer.size()) {
                    merged(sheet, row, 0, LEFT_SPAN, issuer.get(i), i == issuer.size() - 1 ? styles.bold : styles.centre);
                }
                if (i < right.length) {
                    merged(sheet, row, LEFT_SPAN + 1, lastColumn, right[i], styles.bold);
                }
            }
            Row numberRow = sheet.createRow(r++);
            merged(sheet, numberRow, 0, LEFT_SPAN, report.numberLine(), styles.centre);
            merged(sheet, numberRow, LEFT_SPAN + 1, lastColumn, report.placeDate(), styles.italic);
            r++;
            merged(sheet, sheet.createRow(r++), 0, lastColumn, report.typeName(), styles.title);
            for (String line : report.subject()) {
                merged(sheet, sheet.createRow(r++), 0, lastColumn, line, styles.bold);
            }
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < report.columns().size(); c++) {
                head.createCell(c).setCellValue(report.columns().get(c));
                head.getCell(c).setCellStyle(styles.tableHead);
            }
            for (List<Object> values : report.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                        row.getCell(c).setCellStyle(value instanceof Double ? styles.decimal : styles.integer);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                        row.getCell(c).setCellStyle(styles.cell);
                    }
                }
            }
            r++;
            for (String note : report.notes()) {
                merged(sheet, sheet.createRow(r++), 0, lastColumn, note, styles.left);
            }
            r++;
            for (String line : report.signature()) {
                Row row = sheet.createRow(r++);
                if (!line.isEmpty()) {
                    merged(sheet, row, LEFT_SPAN + 1, lastColumn, line, styles.bold);
                }
            }
            sheet.setColumnWidth(0, 7 * 256);
            sheet.setColumnWidth(1, 42 * 256);
            for (int c = 2; c <= lastColumn; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setCreator(author);
            core.setLastModifiedByUser(author);
            Date fixed = Date.from(created.atTime(8, 30).toInstant(ZoneOffset.ofHours(7)));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setTitle(String.join(" ", report.subject()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return FixedZipTimes.rewrite(out.toByteArray(), created.atTime(8, 30));
        }
    }

    private static void merged(XSSFSheet sheet, Row row, int from, int to, String text, CellStyle style) {
        row.createCell(from).setCellValue(text);
        row.getCell(from).setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    /** Cell styles of one workbook (POI styles cannot be shared between workbooks). */
    private static final class Styles {
        final XSSFCellStyle centre;
        final XSSFCellStyle bold;
        final XSSFCellStyle italic;
        final XSSFCellStyle title;
        final XSSFCellStyle left;
        final XSSFCellStyle tableHead;
        final XSSFCellStyle cell;
        final XSSFCellStyle integer;
        final XSSFCellStyle decimal;

        Styles(XSSFWorkbook workbook) {
            centre = style(workbook, false, false, 12, HorizontalAlignment.CENTER);
            bold = style(workbook, true, false, 12, HorizontalAlignment.CENTER);
            italic = style(workbook, false, true, 12, HorizontalAlignment.CENTER);
            title = style(workbook, true, false, 14, HorizontalAlignment.CENTER);
            left = style(workbook, false, false, 12, HorizontalAlignment.LEFT);
            tableHead = bordered(style(workbook, true, false, 11, HorizontalAlignment.CENTER));
            tableHead.setWrapText(true);
            cell = bordered(style(workbook, false, false, 11, HorizontalAlignment.LEFT));
            integer = bordered(style(workbook, false, false, 11, HorizontalAlignment.RIGHT));
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = bordered(style(workbook, false, false, 11, HorizontalAlignment.RIGHT));
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }

        private static XSSFCellStyle style(XSSFWorkbook workbook, boolean bold, boolean italic, int size,
                                           HorizontalAlignment alignment) {
            XSSFFont font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) size);
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            return style;
        }

        private static XSSFCellStyle bordered(XSSFCellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
