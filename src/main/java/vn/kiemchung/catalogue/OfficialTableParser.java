package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the rows of the ministry's table layout (STT | Chỉ số/Chỉ số thành phần | Điểm tối đa | Cách xác
 * định và tính điểm | Tài liệu kiểm chứng | Nguồn thu thập dữ liệu | Đơn vị phối hợp xác minh số liệu)
 * into main indicators and components. A row it cannot read becomes a problem and the rest goes on.
 */
final class OfficialTableParser {

    private enum Column { STT, NAME, POINTS, METHOD, EVIDENCE, SUPPLIER, VERIFIER }

    /** How far down a sheet the header may sit, below the title rows. */
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final Pattern COMPONENT = Pattern.compile("\\d+(\\.\\d+)+");
    private static final Pattern MAIN = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern GROUP_LETTER = Pattern.compile("[A-H]");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d+\\)?");
    /** "Nhóm chỉ số nền tảng chung", also when a merged title carries its numeral: "I. NHÓM CHỈ SỐ ...". */
    private static final Pattern GROUP_TITLE = Pattern.compile("^(?:[a-z]{1,4}[.)]?\\s+)?nhom\\b");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final Map<String, MainDraft> mains = new LinkedHashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<CatalogueProblem> problems = new ArrayList<>();
    private String group = "";

    /** A main indicator while its components are still being read, so their number can be filled in. */
    private record MainDraft(String code, String group, String name, BigDecimal maxPoints, boolean scored) {
    }

    void sheet(String sheet, List<TableRow> rows) {
        int headerIndex = -1;
        Map<Column, Integer> columns = null;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            Map<Column, Integer> found = header(rows.get(i));
            if (found.containsKey(Column.STT) && found.containsKey(Column.NAME) && found.containsKey(Column.POINTS)) {
                headerIndex = i;
                columns = found;
                break;
            }
        }
        if (columns == null) {
            problems.add(CatalogueProblem.warning("'" + sheet + "'", Bilingual.of("catalogue.official.noHeaderRowStt")));
            return;
        }
        for (TableRow row : rows.subList(headerIndex + 1, rows.size())) {
            row(row, columns);
        }
    }

    void problem(CatalogueProblem problem) {
        problems.add(problem);
    }

    Catalogue catalogue(int year, String source) {
        List<MainIndicator> mainIndicators = mains.values().stream().map(m -> new MainIndicator(m.code(), m.group(),
                "", m.name(), "", m.maxPoints(),
                (int) indicators.stream().filter(i -> i.mainCode().equals(m.code())).count(), m.scored())).toList();
        return new Catalogue(year, source, mainIndicators, List.copyOf(indicators));
    }

    List<CatalogueProblem> problems() {
        return List.copyOf(problems);
    }

    private static Map<Column, Integer> header(TableRow row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < row.cells().size(); c++) {
            Column column = column(VietnameseText.fold(row.ownCell(c)));
            if (column != null) {
                found.putIfAbsent(column, c);
            }
        }
        return found;
    }

    private static Column column(String title) {
        if (title.isEmpty()) {
            return null;
        }
        if (title.equals("stt") || title.startsWith("stt ") || title.startsWith("so thu tu") || title.equals("tt")) {
            return Column.STT;
        }
        if (title.contains("diem toi da") || title.equals("diem") || title.contains("thang diem")
                || title.equals("so diem")) {
            return Column.POINTS;
        }
        if (title.contains("cach xac dinh") || title.contains("cach tinh") || title.contains("phuong phap")) {
            return Column.METHOD;
        }
        if (title.contains("kiem chung")) {
            return Column.EVIDENCE;
        }
        if (title.contains("xac minh") || title.contains("phoi hop")) {
            return Column.VERIFIER;
        }
        if (title.contains("nguon")) {
            return Column.SUPPLIER;
        }
        if (title.contains("chi so") || title.contains("tieu chi") || title.contains("noi dung")) {
            return Column.NAME;
        }
        return null;
    }

    private void row(TableRow row, Map<Column, Integer> columns) {
        String stt = row.ownCell(columns.get(Column.STT)).replaceAll("\\.$", "");
        String name = row.cell(columns.get(Column.NAME)).replaceAll("\\s+", " ");
        String pointsText = row.ownCell(columns.get(Column.POINTS));
        String foldedName = VietnameseText.fold(name);
        if (stt.isEmpty() && name.isEmpty()) {
            return;
        }
        if (COLUMN_NUMBER.matcher(name).matches() || foldedName.startsWith("tong")) {
            return; // the "(1) (2) (3)" line under the header, or a total
        }
        boolean bold = row.boldColumns().contains(columns.get(Column.NAME));
        if (GROUP_LETTER.matcher(stt).matches() || GROUP_TITLE.matcher(foldedName).find()) {
            group = sentenceCase(name);
            return;
        }
        if (COMPONENT.matcher(stt).matches()) {
            component(row, columns, stt, name, pointsText);
        } else if (MAIN.matcher(stt).matches() || ROMAN.matcher(stt).matches()) {
            String code = MAIN.matcher(stt).matches() ? Integer.toString(Integer.parseInt(stt)) : roman(stt);
            BigDecimal max = points(row, pointsText);
            boolean scored = !(max != null && max.signum() == 0) && !foldedName.contains("khong tinh diem");
            if (mains.containsKey(code)) {
                problems.add(CatalogueProblem.error(row.where(), Bilingual.of("catalogue.official.mainIndicatorAppearsAgain", String.valueOf(code))));
                return;
            }
            mains.put(code, new MainDraft(code, group, sentenceCase(name), max, scored));
        } else if (!pointsText.isEmpty() || (stt.isEmpty() && bold)) {
            problems.add(CatalogueProblem.warning(row.where(), Bilingual.of("catalogue.official.sttNotRecognisedRow", String.valueOf(stt), String.valueOf(shorten(name)))));
        }
        // anything else is a sub-item or a wrapped line of the row above: the official tables have many
    }

    private void component(TableRow row, Map<Column, Integer> columns, String code, String name, String pointsText) {
        String method = row.cell(columns.getOrDefault(Column.METHOD, -1));
        String evidence = row.cell(columns.getOrDefault(Column.EVIDENCE, -1));
        BigDecimal max = points(row, pointsText);
        ScoringMethod scoring = OfficialWording.method(method);
        if (scoring == null) {
            scoring = ScoringMethod.DOCUMENT;
            problems.add(CatalogueProblem.warning(row.where(), Bilingual.of("catalogue.official.indicatorStatesNoScoring", String.valueOf(code))));
        }
        List<String> docTypes = OfficialWording.docTypes(evidence);
        if (docTypes.isEmpty()) {
            docTypes = OfficialWording.docTypes(name);
        }
        String all = name + " " + method + " " + evidence;
        EvidenceExpectation expectation = new EvidenceExpectation(docTypes, OfficialWording.issuerKinds(evidence),
                OfficialWording.keywords(name), OfficialWording.signer(name + " " + method), evidence);
        List<Indicator.Step> steps = scoring == ScoringMethod.COUNT ? OfficialWording.steps(method, max) : List.of();
        indicators.add(new Indicator(code, code.substring(0, code.indexOf('.')), name, "", max, scoring,
                OfficialWording.validity(all), row.cell(columns.getOrDefault(Column.SUPPLIER, -1)),
                row.cell(columns.getOrDefault(Column.VERIFIER, -1)), expectation, steps, null, null, true));
    }

    private BigDecimal points(TableRow row, String text) {
        String t = VietnameseText.fold(text).replace("diem", "").strip();
        if (t.isEmpty() || t.equals("-")) {
            return null;
        }
        if (NUMBER.matcher(t).matches()) {
            return new BigDecimal(t.replace(',', '.'));
        }
        if (t.contains("khong tinh")) {
            return BigDecimal.ZERO;
        }
        problems.add(CatalogueProblem.error(row.where(), Bilingual.of("catalogue.official.cannotReadMaximumPoints", String.valueOf(text))));
        return null;
    }

    private static String roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return Integer.toString(total);
    }

    /** Titles typed in capitals ("NHÓM CHỈ SỐ HOẠT ĐỘNG") read badly in reports and sort apart from the rest. */
    private static String sentenceCase(String title) {
        Locale vi = Locale.forLanguageTag("vi");
        if (!title.equals(title.toUpperCase(vi)) || title.equals(title.toLowerCase(vi))) {
            return title;
        }
        String lower = title.toLowerCase(vi);
        return lower.substring(0, 1).toUpperCase(vi) + lower.substring(1);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
