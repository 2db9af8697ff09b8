package vn.kiemchung.extraction.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.kiemchung.extraction.VietnameseText;

/** Type names and symbol abbreviations (Decree 30/2020 Phụ lục III, plus legal-normative types). */
final class DocumentTypes {

    static final String CONG_VAN = "CONG_VAN";
    static final String OTHER = "OTHER";

    /** Longest names first, so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ". */
    private static final List<String> NAMES = List.of(
            "Thông tư liên tịch", "Nghị quyết liên tịch", "Giấy giới thiệu", "Giấy ủy quyền", "Giấy nghỉ phép",
            "Bản thỏa thuận", "Bản ghi nhớ", "Chương trình", "Quyết định", "Nghị quyết", "Nghị định", "Kế hoạch",
            "Báo cáo", "Thông báo", "Thông cáo", "Thông tư", "Chỉ thị", "Tờ trình", "Quy chế", "Quy định",
            "Hướng dẫn", "Đề án", "Dự án", "Phương án", "Biên bản", "Giấy mời", "Công điện", "Công văn",
            "Hợp đồng", "Pháp lệnh", "Hiến pháp", "Điều lệ", "Luật", "Lệnh");
    /** {@link #NAMES} folded once, in the same order: a header's every line is compared with all of them. */
    private static final List<String> FOLDED_NAMES = NAMES.stream().map(VietnameseText::fold).toList();

    private static final Map<String, String> ABBREVIATIONS = abbreviations();

    private DocumentTypes() {
    }

    /** The type name people read for a vocabulary code: QUYET_DINH → "Quyết định"; the code itself when unknown. */
    static String name(String code) {
        if (code == null) {
            return null;
        }
        for (String n : NAMES) {
            if (code(n).equals(code)) {
                return n;
            }
        }
        return OTHER.equals(code) ? "Khác" : code;
    }

    /** English names of the types evidence is usually made of; any other type keeps its Vietnamese name. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("QUYET_DINH", "a decision"), Map.entry("KE_HOACH", "a plan"), Map.entry("BAO_CAO", "a report"),
            Map.entry("THONG_BAO", "a notice"), Map.entry("CHI_THI", "a directive"), Map.entry("CONG_VAN", "an official letter"),
            Map.entry("TO_TRINH", "a submission"), Map.entry("NGHI_QUYET", "a resolution"), Map.entry("CHUONG_TRINH", "a programme"),
            Map.entry("DE_AN", "a scheme"), Map.entry("HUONG_DAN", "a guidance"), Map.entry("QUY_CHE", "a regulation"),
            Map.entry("QUY_DINH", "rules"), Map.entry("BIEN_BAN", "minutes"), Map.entry("GIAY_MOI", "an invitation"),
            Map.entry("KET_LUAN", "conclusions"), Map.entry("OTHER", "another kind of document"));

    /** The English name of a type code: QUYET_DINH → "a decision". */
    static String nameEn(String code) {
        if (code == null) {
            return null;
        }
        return ENGLISH.getOrDefault(code, name(code));
    }

    /** The vocabulary code of a type name: "Quyết định" → QUYET_DINH. */
    static String code(String typeName) {
        return VietnameseText.fold(typeName).toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    /** The code when the whole text is a type name in capitals ("QUYẾT ĐỊNH"), else empty. */
    static Optional<String> fromTypeLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || !t.equals(t.toUpperCase(Locale.forLanguageTag("vi")))) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(t);
        for (int i = 0; i < NAMES.size(); i++) {
            if (folded.equals(FOLDED_NAMES.get(i))) {
                return Optional.of(code(NAMES.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The type name in capitals that opens the text, e.g. "KẾ HOẠCH" in "KẾ HOẠCH Triển khai...". */
    static Optional<String> typeNamePrefix(String text) {
        String folded = VietnameseText.fold(text);
        for (int i = 0; i < NAMES.size(); i++) {
            String n = FOLDED_NAMES.get(i);
            if (folded.length() > n.length() && folded.startsWith(n) && folded.charAt(n.length()) == ' ') {
                return Optional.of(NAMES.get(i));
            }
        }
        return Optional.empty();
    }

    /** The code for a symbol abbreviation such as "QĐ", "TTr", "NĐ". */
    static Optional<String> fromAbbreviation(String abbreviation) {
        String exact = ABBREVIATIONS.get(abbreviation);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(ABBREVIATIONS.get(abbreviation.toUpperCase(Locale.ROOT)));
    }

    /**
     * The type a number/symbol implies: "412/QĐ-UBND" and "17-NQ/TU" name it; "12/UBND-VX" (an
     * organisation then a unit) is a công văn; "105/2025/UBTVQH15" says nothing.
     */
    static Optional<String> fromNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        int slash = number.lastIndexOf('/');
        String head = number.substring(0, Math.max(slash, 0));
        int dash = head.indexOf('-');
        if (dash > 0 && head.substring(0, dash).chars().allMatch(Character::isDigit)) {
            // Party style: the type sits between the hyphen and the slash
            return fromAbbreviation(head.substring(dash + 1));
        }
        String symbol = number.substring(slash + 1);
        String[] groups = symbol.split("-");
        Optional<String> named = fromAbbreviation(groups[0]);
        if (named.isPresent()) {
            return named;
        }
        return groups.length >= 2 ? Optional.of(CONG_VAN) : Optional.empty();
    }

    private static Map<String, String> abbreviations() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] pairs = {
                {"NQ", "Nghị quyết"}, {"QĐ", "Quyết định"}, {"CT", "Chỉ thị"}, {"QC", "Quy chế"},
                {"QyĐ", "Quy định"}, {"TC", "Thông cáo"}, {"TB", "Thông báo"}, {"HD", "Hướng dẫn"},
                {"CTr", "Chương trình"}, {"KH", "Kế hoạch"}, {"PA", "Phương án"}, {"ĐA", "Đề án"},
                {"DA", "Dự án"}, {"BC", "Báo cáo"}, {"BB", "Biên bản"}, {"TTr", "Tờ trình"},
                {"HĐ", "Hợp đồng"}, {"CĐ", "Công điện"}, {"BGN", "Bản ghi nhớ"}, {"BTT", "Bản thỏa thuận"},
                {"GUQ", "Giấy ủy quyền"}, {"GM", "Giấy mời"}, {"GGT", "Giấy giới thiệu"},
                {"GNP", "Giấy nghỉ phép"}, {"NĐ", "Nghị định"}, {"TT", "Thông tư"},
                {"TTLT", "Thông tư liên tịch"}, {"NQLT", "Nghị quyết liên tịch"},
        };
        for (String[] p : pairs) {
            m.put(p[0], code(p[1]));
        }
        return Map.copyOf(m);
    }
}
