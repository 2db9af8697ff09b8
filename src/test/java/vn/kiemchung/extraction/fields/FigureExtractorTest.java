package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.Figure;
import vn.kiemchung.extraction.VietnameseText;

class FigureExtractorTest {

    private static List<Figure> figures(String text) {
        return new FigureExtractor().extract(new DocumentLines(VietnameseText.normalize(text)));
    }

    @Test
    void readsPercentWithDecimalCommaAndItsClause() {
        List<Figure> f = figures("Kết quả: tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%; 100% xã có điểm phục vụ.");
        assertThat(f).extracting(Figure::value).containsExactly(new BigDecimal("72.5"), new BigDecimal("100"));
        assertThat(f.get(0).phrase()).isEqualTo("tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%");
        assertThat(f.get(1).percent()).isTrue();
    }

    @Test
    void readsThousandsDotAndCountedNoun() {
        Figure f = figures("Đã tiếp nhận 1.941 hồ sơ.").get(0);
        assertThat(f.value()).isEqualByComparingTo("1941");
        assertThat(f.unit()).isEqualTo("hồ sơ");
        assertThat(figures("tổ chức 02 phiên họp").get(0).unit()).isEqualTo("phiên họp");
    }

    @Test
    void skipsDatesDocumentNumbersArticlesYearsAndListNumbers() {
        List<Figure> f = figures("""
                1. Căn cứ Điều 3, khoản 2 Quyết định số 412/QĐ-UBND ngày 15/3/2023 và ngày 20 tháng 5 năm 2023;
                giai đoạn 2021 - 2025, đến năm 2030; Nghị định 30/2020/NĐ-CP; Luật số 63/2025/QH15.
                """);
        assertThat(f).isEmpty();
    }

    @Test
    void skipsPhoneNumbers() {
        assertThat(figures("Điện thoại: 0291 3822 123; Fax: (0291) 3822.124; ĐT 0912345678")).isEmpty();
    }

    @Test
    void numberWithoutNounHasNoUnit() {
        Figure f = figures("Số lượng tăng lên 15 so với năm trước").get(0);
        assertThat(f.unit()).isNull();
        assertThat(f.percent()).isFalse();
    }
}
