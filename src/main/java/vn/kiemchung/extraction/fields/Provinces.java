package vn.kiemchung.extraction.fields;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The spellings of Vietnam's provinces and centrally-run cities, before and after the 2025 merger: the
 * vocabulary the header reader recognises. When a name is valid and what it became are the experts' data
 * (rules/conventions/provinces.csv); a test keeps the two lists naming the same provinces.
 */
final class Provinces {

    private static final Pattern DASH = Pattern.compile("\\s*[-–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final List<String> NAMES = List.of(
            "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
            "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng",
            "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
            "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
            "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
            "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
            "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
            "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh",
            "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế");

    /** Longest first, so "Thừa Thiên Huế" is tried before "Huế". */
    private static final List<String> BY_LENGTH = NAMES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final List<Pattern> IN_ISSUER = BY_LENGTH.stream()
            .map(n -> Pattern.compile("(?<![\\p{L}])(?:tinh|thanh pho|tp\\.?|tinh uy|thanh uy) " + Pattern.quote(key(n)) + "(?![\\p{L}])"))
            .toList();

    private Provinces() {
    }

    /** Folded form used for matching: no diacritics, hyphens as spaces ("ba ria vung tau"). */
    static String key(String text) {
        return SPACES.matcher(VietnameseText.fold(DASH.matcher(text).replaceAll(" "))).replaceAll(" ");
    }

    /** Every name the reader recognises. */
    static List<String> names() {
        return NAMES;
    }

    /** The canonical name when the text is exactly a province name, in any case or spelling of tones. */
    static Optional<String> byName(String text) {
        String k = key(text);
        return BY_LENGTH.stream().filter(n -> key(n).equals(k)).findFirst();
    }

    /** The province named after "TỈNH", "THÀNH PHỐ", "TP." or "TỈNH ỦY" in an issuer line. */
    static Optional<String> inIssuer(String issuerText) {
        String k = key(issuerText);
        // every pattern needs "tinh", "thanh pho", "tp" or "thanh uy" before the name
        if (!k.contains("tinh") && !k.contains("thanh pho") && !k.contains("tp") && !k.contains("thanh uy")) {
            return Optional.empty();
        }
        for (int i = 0; i < BY_LENGTH.size(); i++) {
            if (IN_ISSUER.get(i).matcher(k).find()) {
                return Optional.of(BY_LENGTH.get(i));
            }
        }
        return Optional.empty();
    }
}
