package vn.kiemchung.extraction.fields;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The province the issuer belongs to, in title case ("Bạc Liêu", "Hồ Chí Minh"): named in the
 * issuer or its parent ("UBND TỈNH BẠC LIÊU", "TỈNH ỦY CÀ MAU", "SỞ ... TỈNH X"), else the place of
 * the date line when that is a province name. Central bodies (ministries, the Government) sit in
 * Hà Nội without belonging to it, so for them the place is not used.
 */
final class ProvinceExtractor {

    private static final Pattern CENTRAL = Pattern.compile(
            "^(?:bo |chinh phu|thu tuong|quoc hoi|uy ban thuong vu quoc hoi|ngan hang nha nuoc|thanh tra chinh phu|"
                    + "van phong chinh phu|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|kiem toan nha nuoc|"
                    + "ban chap hanh trung uong|bo chinh tri|ban bi thu|uy ban quoc gia|chu tich nuoc)");

    /** A body below the province: its header names the district or commune ("xã hội", "cơ quan" are not). */
    private static final Pattern LOCAL = Pattern.compile(
            "(?<![a-z])(?:huyen|thi xa|(?<!co )quan|thanh pho|thi tran|xa(?! hoi)|phuong) \\p{L}");

    /**
     * As {@link #extract(FieldValue, FieldValue, FieldValue)}; for a district or commune body whose
     * header does not name the province ("ỦY BAN NHÂN DÂN HUYỆN HỒNG DÂN"), the province the text
     * names most ("... tỉnh Bạc Liêu"), since a local document cites its own province.
     */
    FieldValue<String> extract(FieldValue<String> issuer, FieldValue<String> parent, FieldValue<String> place,
                               DocumentLines doc) {
        FieldValue<String> found = extract(issuer, parent, place);
        if (found != null || issuer == null || !LOCAL.matcher(VietnameseText.fold(issuer.value())).find()) {
            return found;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Line> first = new HashMap<>();
        for (Line line : doc.all()) {
            Provinces.inIssuer(line.text()).ifPresent(name -> {
                counts.merge(name, 1, Integer::sum);
                first.putIfAbsent(name, line);
            });
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> FieldValue.of(e.getKey(), first.get(e.getKey()).page(), first.get(e.getKey()).number()))
                .orElse(null);
    }

    FieldValue<String> extract(FieldValue<String> issuer, FieldValue<String> parent, FieldValue<String> place) {
        for (FieldValue<String> body : Arrays.asList(issuer, parent)) {
            if (body != null) {
                Optional<String> name = Provinces.inIssuer(body.value());
                if (name.isPresent()) {
                    return FieldValue.of(name.get(), body.page(), body.line());
                }
            }
        }
        FieldValue<String> top = parent != null ? parent : issuer;
        if (top != null && CENTRAL.matcher(VietnameseText.fold(top.value())).find()) {
            return null;
        }
        if (place != null) {
            String p = place.value().replaceFirst("^TP\\.\\s*", "");
            Optional<String> name = Provinces.byName(p);
            if (name.isPresent()) {
                return FieldValue.of(name.get(), place.page(), place.line());
            }
        }
        return null;
    }
}
