package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.VietnameseText;

class DocumentTypeExtractorTest {

    private static String type(String text) {
        return DocumentFields.valueOf(new DocumentFieldReader().read(VietnameseText.normalize(text)).docType());
    }

    @Test
    void readsTheCentredTypeName() {
        assertThat(type("UBND TỈNH X\nSố: 5/UBND\nCHƯƠNG TRÌNH\nHành động năm 2024")).isEqualTo("CHUONG_TRINH");
        assertThat(type("Số: 1/CĐ-UBND\nCÔNG ĐIỆN\nVề việc ứng phó bão")).isEqualTo("CONG_DIEN");
        assertThat(type("GIẤY MỜI\nHọp Ban Chỉ đạo")).isEqualTo("GIAY_MOI");
        assertThat(type("TỜ TRÌNH\nĐề nghị phê duyệt")).isEqualTo("TO_TRINH");
    }

    @Test
    void bodyVerbAfterCanCuDoesNotCount() {
        assertThat(type("Số: 8/UBND-VP\nCăn cứ Luật Tổ chức;\nQUYẾT ĐỊNH:\nĐiều 1. Nội dung")).isEqualTo("CONG_VAN");
    }

    @Test
    void fallsBackToTheSymbolAbbreviation() {
        assertThat(type("Số: 45/TTr-STTTT\nKính gửi: Ủy ban nhân dân tỉnh")).isEqualTo("TO_TRINH");
        assertThat(type("Số 52-KH/TU\nCăn cứ Nghị quyết")).isEqualTo("KE_HOACH");
    }

    @Test
    void recognisesOfficialLetterByItsVvLine() {
        assertThat(type("SỞ NỘI VỤ\nV/v nâng bậc lương năm 2019\nKính gửi: Các phòng")).isEqualTo("CONG_VAN");
    }

    @Test
    void readsTypeNameGluedToItsSubject() {
        assertThat(type("Số: 7/UBND\nKẾ HOẠCH Triển khai chuyển đổi số")).isEqualTo("KE_HOACH");
    }

    @Test
    void answersOtherWhenNothingNamesTheType() {
        assertThat(type("Danh sách cán bộ tham dự hội nghị")).isEqualTo("OTHER");
    }
}
