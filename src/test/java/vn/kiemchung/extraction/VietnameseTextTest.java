package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void normalizeComposesAndReplacesEthWithDStroke() {
        String decomposed = "Quye\u0302\u0301t \u00D0i\u0323nh";
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Quyết Định");
        assertThat(VietnameseText.normalize("ðịnh")).isEqualTo("định");
    }

    @Test
    void normalizeTurnsOddSpacesIntoOneSpaceButKeepsLineAndPageBreaks() {
        String text = "Số:\u00A0\u00A0412/QĐ-UBND\t\tBạc Liêu\r\nDòng hai \fTrang hai";
        assertThat(VietnameseText.normalize(text)).isEqualTo("Số: 412/QĐ-UBND Bạc Liêu\nDòng hai\fTrang hai");
    }

    @Test
    void normalizeJoinsDatePiecesSplitAcrossLines() {
        assertThat(VietnameseText.normalize("Bạc Liêu, ngày 01\ntháng 6 năm 2023"))
                .isEqualTo("Bạc Liêu, ngày 01 tháng 6 năm 2023");
        assertThat(VietnameseText.normalize("Cà Mau, ngày 01 / tháng 6 năm 2023"))
                .isEqualTo("Cà Mau, ngày 01 tháng 6 năm 2023");
        assertThat(VietnameseText.normalize("Phan Rang - Tháp Chàm, ngày 06 tháng 6năm 2016"))
                .isEqualTo("Phan Rang - Tháp Chàm, ngày 06 tháng 6 năm 2016");
    }

    @Test
    void foldDropsCaseAndDiacritics() {
        assertThat(VietnameseText.fold("  CHUYỂN ĐỔI\n SỐ ")).isEqualTo("chuyen doi so");
        assertThat(VietnameseText.fold("Đắk Lắk")).isEqualTo("dak lak");
    }

    @Test
    void mentionsMatchesWholeWordsWhateverTheDiacritics() {
        assertThat(VietnameseText.mentions("Kế hoạch CHUYỂN ĐỔI SỐ năm 2024", "chuyển đổi số")).isTrue();
        assertThat(VietnameseText.mentions("Chuyen doi so", "chuyển đổi số")).isTrue();
        assertThat(VietnameseText.mentions("chuyển đổi sống", "chuyển đổi số")).isFalse();
        assertThat(VietnameseText.mentions("anything", "  ")).isFalse();
    }

    @Test
    void syllableQualityIsHighForProseAndLowForNoise() {
        String prose = "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2024, trong đó tỷ lệ "
                + "hồ sơ xử lý trực tuyến đạt 72,5% theo Quyết định số 412/QĐ-UBND của UBND tỉnh.";
        assertThat(VietnameseText.syllableQuality(prose)).isGreaterThanOrEqualTo(0.95);
        assertThat(VietnameseText.syllableQuality("ỳ~§¢ lIl ,.; ¤¤ç qwrtz")).isLessThan(0.2);
        assertThat(VietnameseText.syllableQuality("")).isZero();
    }

    @Test
    void syllableQualityAcceptsListMarkersCoordinatesAndSlashAlternatives() {
        String legal = "a) Điểm A có tọa độ 10°14’30” vĩ độ Bắc; b) Ủy ban nhân dân xã/phường thực hiện khoản 1a; (ii) báo cáo.";
        assertThat(VietnameseText.syllableQuality(legal)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void syllableQualityIsLowForTextInALegacyFont() {
        assertThat(VietnameseText.syllableQuality("QuyÕt ®Þnh cña ñy ban nh©n d©n tØnh vÒ viÖc ban hµnh"))
                .isLessThan(0.6);
    }
}
