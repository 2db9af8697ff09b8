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
    void centralBodiesHaveNoProvinceEvenInHaNoi() {
        assertThat(province("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", null, "Hà Nội")).isNull();
    }
}
