package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.extraction.DocumentFields.valueOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.VietnameseText;

class PlaceDateExtractorTest {

    private static PlaceDateExtractor.PlaceDate read(String text) {
        return new PlaceDateExtractor().extract(new DocumentLines(VietnameseText.normalize(text)));
    }

    @Test
    void readsZeroPaddedMonthAndHyphenatedPlace() {
        PlaceDateExtractor.PlaceDate pd = read("Số: 1/UBND\nPhan Rang - Tháp Chàm, ngày 06 tháng 6năm 2016");
        assertThat(valueOf(pd.place())).isEqualTo("Phan Rang - Tháp Chàm");
        assertThat(valueOf(pd.issuedOn())).isEqualTo(LocalDate.of(2016, 6, 6));
        assertThat(read("Sơn La, ngày 13 tháng 04 năm 2023").issuedOn().value()).isEqualTo(LocalDate.of(2023, 4, 13));
    }

    @Test
    void recognisesTheBlankTemplateOfADraft() {
        PlaceDateExtractor.PlaceDate pd = read("Số: /QĐ-UBND Cà Mau, ngày … tháng … năm …");
        assertThat(pd.unfilled()).isTrue();
        assertThat(pd.issuedOn()).isNull();
        assertThat(valueOf(pd.place())).isEqualTo("Cà Mau");
        assertThat(read("Hà Nội, ngày ..... tháng ..... năm 20...").unfilled()).isTrue();
    }

    @Test
    void ignoresDatesCitedInTheBody() {
        PlaceDateExtractor.PlaceDate pd = read("QUYẾT ĐỊNH\nCăn cứ Luật ngày 19 tháng 6 năm 2015;");
        assertThat(pd.issuedOn()).isNull();
        assertThat(pd.unfilled()).isFalse();
    }

    @Test
    void impossibleDateGivesNoDate() {
        assertThat(read("Hà Nội, ngày 32 tháng 12 năm 2024").issuedOn()).isNull();
    }
}
