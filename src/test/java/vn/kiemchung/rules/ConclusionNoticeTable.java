package vn.kiemchung.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the 1.2 decision table (conclusion notices of digital-transformation meetings) as the
 * .xlsx an expert then edits in Excel. Run it to start the table again from these rows:
 * {@code java ... vn.kiemchung.rules.ConclusionNoticeTable [rules-folder]}.
 */
public final class ConclusionNoticeTable {

    static final String FILE = "components/1/1.2-meeting-conclusions/1.2-meeting-conclusions.xlsx";
    /** The row of the column headings (0-based). */
    static final int HEADINGS = 2;

    /** The sheet, row by row; an empty string is an empty cell. */
    static final List<List<String>> ROWS = List.of(
            List.of(RuleTable.KIND_LABEL, "document-check"),
            List.of(RuleTable.YEARS_LABEL, "2022-2023"),
            TableKind.DOCUMENT_CHECK.columns().stream().map(TableKind.Column::heading).toList(),
            List.of("1.2 each meeting notice is a conclusion notice (thông báo kết luận)", "1.2", "THONG_BAO", "", "", "kết luận",
                    "", "", "WARNING", "NOT_A_CONCLUSION_NOTICE",
                    "Thông báo này không phải thông báo kết luận cuộc họp nên không được đếm cho chỉ số 1.2.",
                    "This notice is not the conclusion notice of a meeting, so it does not count for component 1.2.",
                    "Tải lên thông báo kết luận của cuộc họp (Thông báo kết luận của Chủ tịch UBND tỉnh hoặc Bí thư Tỉnh ủy tại cuộc họp).",
                    "Upload the meeting's conclusion notice (the Chairman's or the Party Secretary's conclusions at the meeting).", "0"),
            List.of("1.2 the conclusion notice says who chaired the meeting", "1.2", "THONG_BAO", "", "", "chủ trì;chủ tọa",
                    "", "", "WARNING", "CHAIR_NOT_STATED",
                    "Thông báo kết luận không ghi ai chủ trì cuộc họp; chỉ số 1.2 chấm theo cuộc họp do người đứng đầu chủ trì.",
                    "The conclusion notice does not say who chaired the meeting; component 1.2 counts meetings the head chaired.",
                    "Tải lên bản thông báo có câu nêu người chủ trì cuộc họp.",
                    "Upload the version of the notice that states who chaired the meeting.", ""));

    private ConclusionNoticeTable() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        write(rules.resolve(FILE));
        System.out.println("wrote " + rules.resolve(FILE));
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("1.2");
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int r = 0; r < ROWS.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = ROWS.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                        if (r == HEADINGS) {
                            row.getCell(c).setCellStyle(header);
                        }
                    }
                }
            }
            for (int c = 0; c < ROWS.get(HEADINGS).size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 60 * 256 : 28 * 256);
            }
            book.write(out);
        }
    }
}
