package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.kiemchung.catalogue.CsvReader;
import vn.kiemchung.catalogue.CsvRow;

/**
 * An expert's decision table: values only. The layout is fixed:
 * <pre>
 * row 1   Loại bảng / table kind | committee-head
 * row 2   Năm áp dụng / years    | 2022-2023
 * row 3   the kind's column headings, word for word
 * row 4…  one rule per row
 * </pre>
 * Every cell is checked against its column's type before anything is compiled; a table holding
 * anything else (Drools headers, code, formulas, another sheet, a cell outside the columns) is refused
 * with the sheet and cell named, and none of it reaches Drools. The DRL comes from the kind's
 * template with each value written as a quoted literal or a number.
 */
final class RuleTable {

    static final String KIND_LABEL = "Loại bảng / table kind";
    static final String YEARS_LABEL = "Năm áp dụng / years";

    private static final Pattern COMPONENT = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    private static final Pattern FINDING_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");
    /** Letters (any script, with their marks), digits, spaces and the punctuation names use; no brackets, quotes or operators. */
    private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{M}\\p{N} &.,/'’-]{1,120}");
    /** A whole phrase may be a {placeholder}: a role of conventions/bodies.csv or a list of conventions/lists.csv. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[\\p{L}\\p{M}\\p{N} _-]{1,60}}");
    private static final Pattern YEARS = Pattern.compile("(20\\d\\d)(?:\\s*-\\s*(20\\d\\d))?");
    private static final int MAX_TEXT = 1000;
    private static final int MAX_ROWS = 500;

    /**
     * A table as read: its kind, the years it applies to, its rows (column key → value, with the
     * cell of the row's first column), or the problems that refuse it.
     */
    public record Read(TableKind kind, Set<Integer> years, List<Map<String, String>> rows, List<RuleProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RuleTable() {
    }

    /** Reads and checks a table (.csv or .xlsx); {@code rel} names it in problems. */
    public static Read read(String rel, byte[] bytes) {
        String lower = rel.toLowerCase(Locale.ROOT);
        List<RuleProblem> problems = new ArrayList<>();
        Grid grid;
        try {
            grid = lower.endsWith(".csv") ? csv(bytes) : xlsx(rel, bytes, problems);
        } catch (RuntimeException | IOException e) {
            problems.add(problem(rel, null, Bilingual.of("rules.table.unreadable", String.valueOf(e.getMessage())).both()));
            return new Read(null, Set.of(), List.of(), problems);
        }
        if (!problems.isEmpty()) {
            return new Read(null, Set.of(), List.of(), problems);
        }
        return new Checker(rel, grid, problems).check();
    }

    /** The years a table says it applies to, or empty when it cannot be read. */
    public static Set<Integer> years(String rel, byte[] bytes) {
        Read r = read(rel, bytes);
        return r.years();
    }

    /** The DRL of a table that was read without problems. */
    static String drl(String rel, Read table) {
        String[] template = table.kind().template();
        StringBuilder out = new StringBuilder("// generated from ").append(rel.replaceAll("[\\r\\n]", "_"))
                .append(" (").append(table.kind().id()).append(")\n").append(template[0]);
        for (Map<String, String> row : table.rows()) {
            String r = template[1];
            r = r.replace("@{cell}", row.get("@cell").replaceAll("[^\\p{L}\\p{N}!._-]", "_"));
            for (TableKind.Column c : table.kind().columns()) {
                r = r.replace("@{" + c.key() + "}", literal(c, row.getOrDefault(c.key(), "")));
            }
            out.append(r);
        }
        return out.toString();
    }

    /** A checked value as it goes into the rule: a quoted string, or a number. */
    private static String literal(TableKind.Column c, String value) {
        return switch (c.type()) {
            case MONTH -> value.isEmpty() ? "0" : String.valueOf(Integer.parseInt(value));
            case GRADE -> value.isEmpty() ? "-1.0" : new BigDecimal(value).toPlainString();
            default -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        };
    }

    /** The cells of the one sheet: row → column → text, with the sheet's name for problems (null for CSV). */
    private record Grid(String sheet, List<List<String>> rows) {
    }

    private static Grid csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(Bilingual.of("rules.table.binaryCsv").both());
        }
        List<List<String>> rows = new ArrayList<>();
        for (CsvRow r : CsvReader.parse(text)) {
            rows.add(r.cells());
        }
        return new Grid(null, rows);
    }

    private static Grid xlsx(String rel, byte[] bytes, List<RuleProblem> problems) throws IOException {
        if (!(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K')) {
            throw new IllegalArgumentException(Bilingual.of("rules.table.notXlsx").both());
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                Sheet other = book.getSheetAt(s);
                if (other.getPhysicalNumberOfRows() > 0) {
                    problems.add(problem(rel, other.getSheetName() + "!A1", Bilingual.of("rules.table.tableHasOneSheet").both()));
                }
            }
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    while (cells.size() < cell.getColumnIndex()) {
                        cells.add("");
                    }
                    String ref = sheet.getSheetName() + "!" + new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString(false);
                    CellType type = cell.getCellType();
                    if (type == CellType.FORMULA) {
                        problems.add(problem(rel, ref, Bilingual.of("rules.table.cellHoldsFormulaEnter").both()));
                        cells.add("");
                    } else if (type == CellType.NUMERIC) {
                        cells.add(new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return new Grid(sheet.getSheetName(), rows);
        }
    }

    private static RuleProblem problem(String rel, String cell, String message) {
        return new RuleProblem(rel, 0, cell, message, true);
    }

    /** Checks a grid against its kind, cell by cell. */
    private static final class Checker {
        private final String rel;
        private final Grid grid;
        private final List<RuleProblem> problems;

        Checker(String rel, Grid grid, List<RuleProblem> problems) {
            this.rel = rel;
            this.grid = grid;
            this.problems = problems;
        }

        Read check() {
            TableKind kind = null;
            String kindCell = cell(0, 0);
            String kindId = cell(0, 1);
            if (!KIND_LABEL.equals(kindCell)) {
                refuse(0, 0, Bilingual.of("rules.table.firstCellTableHolds", String.valueOf(KIND_LABEL)).both());
            } else {
                kind = TableKind.byId(kindId).orElse(null);
                if (kind == null) {
                    refuse(0, 1, Bilingual.of("rules.table.unknownKind", kindId,
                            java.util.Arrays.stream(TableKind.values()).map(TableKind::id).toList().toString()).both());
                }
            }
            Set<Integer> years = new TreeSet<>();
            if (!YEARS_LABEL.equals(cell(1, 0))) {
                refuse(1, 0, Bilingual.of("rules.table.secondRowYears", String.valueOf(YEARS_LABEL)).both());
            } else {
                years = years(cell(1, 1));
            }
            onlyColumns(0, 2);
            onlyColumns(1, 2);
            if (kind == null || !problems.isEmpty()) {
                return new Read(kind, years, List.of(), List.copyOf(problems));
            }
            List<TableKind.Column> columns = kind.columns();
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).heading().equals(cell(2, c))) {
                    refuse(2, c, Bilingual.of("rules.table.heading", String.valueOf(columns.get(c).heading())).both());
                }
            }
            onlyColumns(2, columns.size());
            List<Map<String, String>> rows = new ArrayList<>();
            Set<String> names = new HashSet<>();
            if (grid.rows().size() > MAX_ROWS) {
                refuse(MAX_ROWS, 0, Bilingual.of("rules.table.tableTooLongAt", String.valueOf(MAX_ROWS)).both());
            }
            for (int r = 3; r < Math.min(grid.rows().size(), MAX_ROWS); r++) {
                if (grid.rows().get(r).stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                onlyColumns(r, columns.size());
                Map<String, String> row = new LinkedHashMap<>();
                row.put("@cell", ref(r, 0));
                boolean anyCondition = false;
                for (int c = 0; c < columns.size(); c++) {
                    TableKind.Column col = columns.get(c);
                    String v = value(r, c, col);
                    row.put(col.key(), v);
                    anyCondition |= col.condition() && !v.isEmpty();
                }
                String name = row.get("name");
                String component = row.get("component");
                if (!name.isEmpty() && !component.isEmpty() && !name.startsWith(component + " ")) {
                    refuse(r, 0, Bilingual.of("rules.table.ruleNameStartWith", String.valueOf(component)).both());
                }
                if (!name.isEmpty() && !names.add(name)) {
                    refuse(r, 0, Bilingual.of("rules.table.ruleNameRepeatsRow").both());
                }
                if (!anyCondition) {
                    refuse(r, 2, Bilingual.of("rules.table.rowSetsNoCondition").both());
                }
                rows.add(row);
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                refuse(3, 0, Bilingual.of("rules.table.tableHasNoRule").both());
            }
            return new Read(kind, years, List.copyOf(rows), List.copyOf(problems));
        }

        private Set<Integer> years(String text) {
            Set<Integer> years = new TreeSet<>();
            for (String part : text.split("[;,]")) {
                var m = YEARS.matcher(part.strip());
                if (!m.matches()) {
                    refuse(1, 1, Bilingual.of("rules.table.invalidYearsWrite", String.valueOf(text)).both());
                    return Set.of();
                }
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                if (to < from || to - from > 20) {
                    refuse(1, 1, Bilingual.of("rules.table.invalidRangeYears", String.valueOf(part.strip())).both());
                    return Set.of();
                }
                for (int y = from; y <= to; y++) {
                    years.add(y);
                }
            }
            return years;
        }

        /** A cell's value checked against its column's type; "" when empty (or refused). */
        private String value(int r, int c, TableKind.Column col) {
            String v = Normalizer.normalize(cell(r, c).strip(), Normalizer.Form.NFC).replace('\u00D0', '\u0110');
            if (v.isEmpty()) {
                if (col.required()) {
                    refuse(r, c, Bilingual.of("rules.table.emptyCell", col.heading()).both());
                }
                return "";
            }
            String why = switch (col.type()) {
                case TEXT -> v.length() > MAX_TEXT ? Bilingual.of("rules.table.tooLong", String.valueOf(MAX_TEXT)).both()
                        : v.chars().anyMatch(ch -> ch == '"' || ch == '\\' || Character.isISOControl(ch))
                        ? Bilingual.of("rules.table.forbiddenCharacters").both() : null;
                case COMPONENT -> COMPONENT.matcher(v).matches() ? null : Bilingual.of("rules.table.componentShape").both();
                case CODE -> col.allowed().isEmpty()
                        ? FINDING_CODE.matcher(v).matches() ? null : Bilingual.of("rules.table.codeShape").both()
                        : col.allowed().contains(v) ? null
                        : Bilingual.of("rules.table.oneOf", new TreeSet<>(col.allowed()).toString()).both();
                case KEYWORDS -> keywords(v);
                case MONTH -> v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 12 ? null
                        : Bilingual.of("rules.table.month").both();
                case GRADE -> grade(v);
            };
            if (why != null) {
                refuse(r, c, "«" + shorten(v) + "»: " + why);
                return "";
            }
            return col.type() == TableKind.Type.GRADE ? v.replace(',', '.') : v;
        }

        private static String keywords(String v) {
            for (String p : v.split(";")) {
                if (!p.isBlank() && !PHRASE.matcher(p.strip()).matches() && !PLACEHOLDER.matcher(p.strip()).matches()) {
                    return Bilingual.of("rules.table.phrase", shorten(p.strip())).both();
                }
            }
            return null;
        }

        private static String grade(String v) {
            try {
                BigDecimal g = new BigDecimal(v.replace(',', '.'));
                return g.signum() < 0 || g.compareTo(BigDecimal.ONE) > 0 ? Bilingual.of("rules.table.gradeRange").both() : null;
            } catch (NumberFormatException e) {
                return Bilingual.of("rules.table.gradeNumber").both();
            }
        }

        /** Refuses any non-empty cell of a row from column {@code from} on. */
        private void onlyColumns(int r, int from) {
            if (r >= grid.rows().size()) {
                return;
            }
            List<String> row = grid.rows().get(r);
            for (int c = from; c < row.size(); c++) {
                if (row.get(c) != null && !row.get(c).isBlank()) {
                    refuse(r, c, Bilingual.of("rules.table.outsideColumns", shorten(row.get(c))).both());
                }
            }
        }

        private String cell(int r, int c) {
            if (r >= grid.rows().size()) {
                return "";
            }
            List<String> row = grid.rows().get(r);
            return c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
        }

        private String ref(int r, int c) {
            String a1 = new CellReference(r, c).formatAsString(false);
            return grid.sheet() == null ? a1 : grid.sheet() + "!" + a1;
        }

        private void refuse(int r, int c, String message) {
            problems.add(problem(rel, ref(r, c), message));
        }

        private static String shorten(String s) {
            String one = s.replaceAll("\\s+", " ");
            return one.length() > 60 ? one.substring(0, 60) + "…" : one;
        }
    }
}
