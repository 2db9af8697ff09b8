package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Imports the table the ministry sends to the provinces (XLSX, XLS or a CSV export of it) and writes it as the
 * catalogue files the experts then edit. Imported rows are marked verified because they come from the official
 * table; the inferred method, validity and document types are first guesses to review.
 */
public final class OfficialTableImporter {

    /** Larger merged areas are page decorations, not table cells, and would only cost memory to spread. */
    private static final int MAX_MERGED_CELLS = 5_000;

    private final CatalogueLoader loader = new CatalogueLoader();

    /** Reads an .xlsx/.xls workbook or a .csv file; an unreadable file gives an empty catalogue and a problem. */
    public ImportResult importFile(Path file, int year) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try {
                return importCsv(Files.readString(file, StandardCharsets.UTF_8), name, year);
            } catch (IOException e) {
                return unreadable(name, year, e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importWorkbook(in, name, year);
        } catch (IOException e) {
            return unreadable(name, year, e);
        }
    }

    public ImportResult importWorkbook(InputStream in, String name, int year) {
        OfficialTableParser parser = new OfficialTableParser();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter format = new DataFormatter(Locale.US);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                parser.sheet(sheet.getSheetName(), rows(workbook, sheet, format, evaluator));
            }
        } catch (IOException | RuntimeException e) {
            // POI reports corrupt and encrypted files with a range of runtime exceptions
            return unreadable(name, year, e);
        }
        return result(parser, year, name);
    }

    /** A CSV saved from the official table; the sheet in problem locations is the file name. */
    public ImportResult importCsv(String text, String name, int year) {
        OfficialTableParser parser = new OfficialTableParser();
        try {
            List<TableRow> rows = new ArrayList<>();
            for (CsvRow row : CsvReader.parse(text)) {
                rows.add(new TableRow(name, row.line(), row.cells(), row.cells(), Set.of()));
            }
            parser.sheet(name, rows);
        } catch (CsvReader.UnterminatedQuoteException e) {
            // located as any row of the table is, the file standing for the sheet
            TableRow open = new TableRow(name, e.line, List.of(), List.of(), Set.of());
            parser.problem(CatalogueProblem.error(open.where(), Bilingual.of("catalogue.official.quoteOpenedNeverClosed")));
        }
        return result(parser, year, name);
    }

    /** Writes {@code main-indicators.csv} and {@code catalogue.csv} into the year's folder, replacing them. */
    public void write(Catalogue catalogue, Path yearDir) {
        CatalogueWriter.write(catalogue, yearDir);
    }

    private ImportResult result(OfficialTableParser parser, int year, String name) {
        Catalogue catalogue = parser.catalogue(year, name);
        List<CatalogueProblem> problems = new ArrayList<>(parser.problems());
        problems.addAll(loader.check(catalogue));
        return new ImportResult(catalogue, List.copyOf(problems));
    }

    private static ImportResult unreadable(String name, int year, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportResult(new Catalogue(year, name, List.of(), List.of()), List.of(CatalogueProblem.error(
                "'" + name + "'", Bilingual.of("catalogue.official.cannotReadFile", String.valueOf(reason)))));
    }

    private static List<TableRow> rows(Workbook workbook, Sheet sheet, DataFormatter format,
                                       FormulaEvaluator evaluator) {
        Map<Long, String> merged = new HashMap<>();
        int widest = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            widest = Math.max(widest, region.getLastColumn() + 1);
            if (region.getNumberOfCells() > MAX_MERGED_CELLS) {
                continue;
            }
            Row first = sheet.getRow(region.getFirstRow());
            String value = first == null ? "" : text(first.getCell(region.getFirstColumn()), format, evaluator);
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), value);
                }
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
            Row row = sheet.getRow(r);
            int width = Math.max(widest, row == null ? 0 : Math.max(0, row.getLastCellNum()));
            List<String> cells = new ArrayList<>(width);
            List<String> own = new ArrayList<>(width);
            Set<Integer> bold = new HashSet<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String value = text(cell, format, evaluator);
                own.add(value);
                cells.add(merged.getOrDefault(key(r, c), value));
                if (cell != null && workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
                    bold.add(c);
                }
            }
            rows.add(new TableRow(sheet.getSheetName(), r + 1, cells, own, bold));
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        try {
            return format.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            // a formula POI cannot evaluate: fall back to the value Excel saved with it
            try {
                return cell.getCachedFormulaResultType() == CellType.NUMERIC
                        ? format.formatRawCellContents(cell.getNumericCellValue(), -1, "General")
                        : cell.getStringCellValue();
            } catch (RuntimeException unreadable) {
                return "";
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
