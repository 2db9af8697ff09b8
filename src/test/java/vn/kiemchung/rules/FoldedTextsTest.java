package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextsTest {

    @Test
    void aDocumentIsFoldedOnceAndRememberedByItsHash() {
        String text = "Quyết định thành lập Ban chỉ đạo chuyển đổi số tỉnh";
        String first = FoldedTexts.of("sha-1", text);
        assertThat(first).isEqualTo("quyet dinh thanh lap ban chi dao chuyen doi so tinh");
        assertThat(FoldedTexts.of("sha-1", new String(text))).isSameAs(first);
    }

    @Test
    void twoTextsUnderTheSameMadeUpHashAreNotConfused() {
        assertThat(FoldedTexts.of("sha-case", "Thông báo kết luận")).isEqualTo("thong bao ket luan");
        assertThat(FoldedTexts.of("sha-case", "Giấy mời họp")).isEqualTo("giay moi hop");
    }

    @Test
    void withoutAHashNothingIsRemembered() {
        assertThat(FoldedTexts.of(null, "Đà Nẵng")).isEqualTo("da nang");
        assertThat(FoldedTexts.of("", null)).isEmpty();
    }
}
