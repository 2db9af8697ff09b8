package vn.kiemchung.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the ministry's prose ("Cách xác định và tính điểm", "Tài liệu kiểm chứng") into our vocabulary.
 * Everything here is a first guess for the experts to correct in the CSV; phrases are matched without
 * diacritics because tables are typed with and without them.
 */
final class OfficialWording {

    private static final Map<Pattern, String> DOC_TYPES = new LinkedHashMap<>();

    static {
        docType("quyet dinh", "QUYET_DINH");
        docType("ke hoach", "KE_HOACH");
        docType("(?<!he )thong bao", "THONG_BAO");
        docType("bao cao", "BAO_CAO");
        docType("nghi quyet", "NGHI_QUYET");
        docType("chi thi", "CHI_THI");
        docType("cong van", "CONG_VAN");
        docType("chuong trinh", "CHUONG_TRINH");
        docType("de an(?! toan)", "DE_AN");
        docType("quy che", "QUY_CHE");
        docType("bien ban", "BIEN_BAN");
        docType("to trinh", "TO_TRINH");
        docType("huong dan", "HUONG_DAN");
        docType("giay moi", "GIAY_MOI");
        docType("hop dong", "HOP_DONG");
    }

    private static final Pattern STEP = Pattern.compile(
            "(\\d+)\\s*(?:cuoc(?: hop)?|lan|van ban|su kien|hoi nghi)?(?:\\s*/\\s*nam)?\\s*(?:tro len\\s*)?"
                    + "(?:=|:|→|->|duoc|dat)\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:diem)?");

    /** Party documents are numbered "17-NQ/TU"; tables often write the kind as "QĐ-TU". */
    private static final Pattern PARTY_SYMBOL = Pattern.compile("\\d+-[a-z]{1,4}/tu\\b|\\b[a-z]{1,4}-tu\\b");

    private OfficialWording() {
    }

    private static void docType(String regex, String type) {
        DOC_TYPES.put(Pattern.compile("\\b" + regex + "\\b"), type);
    }

    /** The scoring method the text describes, or null when the text says nothing we recognise. */
    static ScoringMethod method(String howScored) {
        String t = VietnameseText.fold(howScored);
        if (t.isEmpty()) {
            return null;
        }
        if (has(t, "khao sat", "dieu tra")) {
            return ScoringMethod.SURVEY;
        }
        if (has(t, "he thong do", "do tu dong", "bo do", "he thong ghi nhan", "so lieu tu he thong")) {
            return ScoringMethod.SYSTEM;
        }
        if (has(t, "min", "max", "gia tri nho nhat", "gia tri lon nhat", "cao nhat ca nuoc", "chuan hoa")) {
            return ScoringMethod.MIN_MAX;
        }
        if (has(t, "ty le", "a/b", "a / b", "phan tram")) {
            return ScoringMethod.RATIO;
        }
        if (has(t, "so luong", "cuoc hop", "so lan", "moi lan", "lan/nam", "so cuoc")) {
            return ScoringMethod.COUNT;
        }
        return ScoringMethod.DOCUMENT;
    }

    /** Standing documents (an establishment, a five-year plan) count while in force; everything else by year. */
    static Validity validity(String text) {
        String t = VietnameseText.fold(text);
        if (has(t, "trong nam", "hang nam", "nam danh gia", "ky danh gia")) {
            return Validity.IN_YEAR;
        }
        if (has(t, "thanh lap", "kien toan", "giai doan", "con hieu luc", "nhiem ky", "5 nam", "kien truc",
                "quy che")) {
            return Validity.IN_FORCE;
        }
        return Validity.IN_YEAR;
    }

    static List<String> docTypes(String evidence) {
        String t = VietnameseText.fold(evidence);
        List<String> found = new ArrayList<>();
        for (Map.Entry<Pattern, String> e : DOC_TYPES.entrySet()) {
            if (e.getKey().matcher(t).find()) {
                found.add(e.getValue());
            }
        }
        return found;
    }

    /** Who must have issued the evidence, read from the symbols and bodies the evidence text names. */
    static List<String> issuerKinds(String evidence) {
        String t = VietnameseText.fold(evidence);
        Set<String> kinds = new LinkedHashSet<>();
        if (has(t, "tinh uy", "ban thuong vu") || PARTY_SYMBOL.matcher(t).find()) {
            kinds.add("PROVINCE_PARTY");
        }
        if (has(t, "ubnd tinh", "uy ban nhan dan tinh", "-ubnd", "chu tich ubnd")) {
            kinds.add("PROVINCE_PEOPLES_COMMITTEE");
        }
        if (has(t, "hdnd", "hoi dong nhan dan")) {
            kinds.add("PROVINCE_COUNCIL");
        }
        if (has(t, "cua ban chi dao", "ban chi dao ban hanh", "bcd")) {
            kinds.add("STEERING_COMMITTEE");
        }
        if (has(t, "so thong tin", "so khoa hoc", "stttt", "cua so ")) {
            kinds.add("DEPARTMENT");
        }
        if (has(t, "bo thong tin", "bo khoa hoc", "btttt", "bkhcn")) {
            kinds.add("MINISTRY");
        }
        return kinds.isEmpty() ? List.of("ANY") : List.copyOf(kinds);
    }

    /**
     * HEAD when the component measures what the head (Bí thư, Chủ tịch) <em>signed</em> ("văn bản … do
     * người đứng đầu ký"), so a deputy's "KT." signature earns less. Where the wording is about the head's
     * role (Trưởng ban, chủ trì) the text that names the role is graded, not the signature block: deputies
     * sign "KT." and the office signs "TL." for the chairman (known-wrong-verdicts E2, E3).
     */
    static String signer(String text) {
        String t = VietnameseText.fold(text);
        boolean aboutTheHead = has(t, "nguoi dung dau", "bi thu", "chu tich");
        boolean aboutASignature = SIGNED.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).find();
        return aboutTheHead && aboutASignature ? "HEAD" : "ANY";
    }

    /** "ký" as a verb (signed), not "ký số" (a digital signature) nor "kỳ" (a period). */
    private static final Pattern SIGNED = Pattern.compile("(?<![\\p{L}])ký(?![\\p{L}])(?!\\s+số)");

    /** The few phrases a rule can look for in the document's text. */
    static List<String> keywords(String name) {
        String t = VietnameseText.fold(name);
        List<String> found = new ArrayList<>();
        for (String[] phrase : new String[][] {{"chuyen doi so", "chuyển đổi số"},
                {"an toan thong tin", "an toàn thông tin"}, {"ban chi dao", "Ban chỉ đạo"},
                {"do thi thong minh", "đô thị thông minh"}, {"du lieu", "dữ liệu"}}) {
            if (t.contains(phrase[0]) && found.size() < 3) {
                found.add(phrase[1]);
            }
        }
        return found;
    }

    /** "4 cuộc họp = 20 điểm; 3 cuộc = 15 điểm" → 3:0.75, 4:1 when the maximum is 20. */
    static List<Indicator.Step> steps(String howScored, BigDecimal maxPoints) {
        if (maxPoints == null || maxPoints.signum() <= 0) {
            return List.of();
        }
        Map<Integer, BigDecimal> byCount = new TreeMap<>();
        Matcher m = STEP.matcher(VietnameseText.fold(howScored));
        while (m.find()) {
            int count = Integer.parseInt(m.group(1));
            BigDecimal points = new BigDecimal(m.group(2).replace(',', '.'));
            if (count > 0 && points.compareTo(maxPoints) <= 0) {
                byCount.put(count, points.divide(maxPoints, 4, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        }
        List<Indicator.Step> steps = new ArrayList<>();
        byCount.forEach((count, fraction) -> steps.add(new Indicator.Step(count, fraction)));
        return steps;
    }

    private static boolean has(String folded, String... phrases) {
        for (String p : phrases) {
            if (p.length() <= 3 ? Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(folded).find()
                    : folded.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
