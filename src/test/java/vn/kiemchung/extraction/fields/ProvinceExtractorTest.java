package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.FieldValue;

class ProvinceExtractorTest {

    private static String province(String issuer, String parent, String place) {
        FieldValue<String> p = new ProvinceExtractor().extract(FieldValue.of(issuer, 1, 1), FieldValue.of(parent, 1, 1),
                FieldValue.of(place, 1, 3));
        return p == null ? null : p.value();
    }

    @Test
    void readsProvinceFromIssuerInTitleCase() {
        assertThat(province("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", null, null)).isEqualTo("Bạc Liêu");
        assertThat(province("TỈNH ỦY CÀ MAU", "ĐẢNG BỘ TỈNH CÀ MAU", null)).isEqualTo("Cà Mau");
        assertThat(province("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÀ RỊA - VŨNG TÀU", null, null)).isEqualTo("Bà Rịa - Vũng Tàu");
    }

    @Test
    void readsCentrallyRunCities() {
        assertThat(province("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", null, null)).isEqualTo("Hà Nội");
        assertThat(province("SỞ NỘI VỤ", "UBND TP. HỒ CHÍ MINH", null)).isEqualTo("Hồ Chí Minh");
    }

    @Test
    void fallsBackToThePlaceForDistrictBodies() {
        assertThat(province("ỦY BAN NHÂN DÂN HUYỆN HỒNG DÂN", null, "Bạc Liêu")).isEqualTo("Bạc Liêu");
        assertThat(province("ỦY BAN NHÂN DÂN HUYỆN HỒNG DÂN", null, "Ngan Dừa")).isNull();
    }

    @Test
    void districtBodyWithoutProvinceInItsHeaderTakesTheProvinceItsTextNames() {
        DocumentLines doc = new DocumentLines("ỦY BAN NHÂN DÂN\nHUYỆN HỒNG DÂN\nKẾ HOẠCH\n"
                + "Thực hiện Nghị quyết của Tỉnh ủy về chuyển đổi số tỉnh Bạc Liêu, huyện ban hành kế hoạch.\n"
                + "Phối hợp với tỉnh Sóc Trăng; báo cáo UBND tỉnh Bạc Liêu.");
        FieldValue<String> p = new ProvinceExtractor().extract(FieldValue.of("ỦY BAN NHÂN DÂN HUYỆN HỒNG DÂN", 1, 1),
                null, FieldValue.of("Hồng Dân", 1, 3), doc);
        assertThat(p.value()).isEqualTo("Bạc Liêu");
        assertThat(p.line()).isEqualTo(4);
    }

    @Test
    void provinceBodiesDoNotGuessFromTheirText() {
        DocumentLines doc = new DocumentLines("SỞ NỘI VỤ\nPhối hợp với tỉnh Sóc Trăng.");
        assertThat(new ProvinceExtractor().extract(FieldValue.of("SỞ NỘI VỤ", 1, 1), null, null, doc)).isNull();
        // "XÃ HỘI" is not a commune
        assertThat(new ProvinceExtractor().extract(FieldValue.of("BẢO HIỂM XÃ HỘI VIỆT NAM", 1, 1), null, null, doc))
                .isNull();
    }

    @Test
    void centralBodiesHaveNoProvinceEvenInHaNoi() {
        assertThat(province("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", null, "Hà Nội")).isNull();
    }
}
