package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.VietnameseText;

class DocumentNumberExtractorTest {

    private static String number(String text) {
        FieldValue<String> v = new DocumentNumberExtractor().extract(new DocumentLines(VietnameseText.normalize(text)));
        return v == null ? null : v.value();
    }

    @Test
    void readsAdministrativeNumber() {
        assertThat(number("UBND TỈNH BẠC LIÊU\nSố: 4233/KH-UBND\nKẾ HOẠCH")).isEqualTo("4233/KH-UBND");
    }

    @Test
    void readsNormativeNumberWithYearAndLowerCaseInSymbol() {
        assertThat(number("Số: 21/2020/QĐ-UBND")).isEqualTo("21/2020/QĐ-UBND");
        assertThat(number("Số: 122/TTr-STTTT")).isEqualTo("122/TTr-STTTT");
    }

    @Test
    void readsPartyNumberWithAndWithoutColon() {
        assertThat(number("Số 370-QĐ/TU Cà Mau, ngày 02 tháng 3 năm 2022")).isEqualTo("370-QĐ/TU");
        assertThat(number("Số: 01-QĐ/BCĐCĐS")).isEqualTo("01-QĐ/BCĐCĐS");
    }

    @Test
    void readsOfficialLetterNumberBesideThePlaceDate() {
        assertThat(number("Số: 12/UBND-VX Bạc Liêu, ngày 05 tháng 01 năm 2023")).isEqualTo("12/UBND-VX");
    }

    @Test
    void blankDraftNumberIsNoNumber() {
        assertThat(number("Số:      /QĐ-UBND\nQUYẾT ĐỊNH")).isNull();
        assertThat(number("Số: ....../2024/QĐ-UBND")).isNull();
    }

    @Test
    void joinsSpacesInsideThePrintedNumber() {
        assertThat(number("Số: 04 /2026/TT-BCT")).isEqualTo("04/2026/TT-BCT");
        assertThat(number("Số: 15/QĐ - UBND")).isEqualTo("15/QĐ-UBND");
    }

    @Test
    void readsTheNumberOfLawsAndResolutionsPrintedWithTheirTypeName() {
        assertThat(number("QUỐC HỘI\nLuật số: 107/2025/QH15\nLUẬT")).isEqualTo("107/2025/QH15");
    }

    @Test
    void ignoresNumbersOfDocumentsCitedBelowTheTypeName() {
        assertThat(number("THÔNG TƯ\nSửa đổi Thông tư số 39/2016/TT-NHNN\nCăn cứ Luật số 46/2010/QH12;")).isNull();
    }

    @Test
    void replacesCyrillicLookAlikesInTheSymbol() {
        assertThat(number("Số: 157/2025/TT-BT\u0421")).isEqualTo("157/2025/TT-BTC");
    }
}
