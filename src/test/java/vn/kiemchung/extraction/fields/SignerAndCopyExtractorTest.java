package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.extraction.DocumentFields.valueOf;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.VietnameseText;

class SignerAndCopyExtractorTest {

    private static DocumentLines doc(String text) {
        return new DocumentLines(VietnameseText.normalize(text));
    }

    @Test
    void readsActingHeadWhoseTitleFollowsThePrefix() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc("Nội dung.\nQ. GIÁM ĐỐC\n(Đã ký)\nHoàng Thị Lan"));
        assertThat(valueOf(s.authority())).isEqualTo("Q.");
        assertThat(valueOf(s.position())).isEqualTo("GIÁM ĐỐC");
        assertThat(valueOf(s.name())).isEqualTo("Hoàng Thị Lan");
    }

    @Test
    void readsSignerByAuthorisation() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc(
                "Nội dung.\nTUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nĐỗ Văn Minh"));
        assertThat(valueOf(s.authority())).isEqualTo("TUQ.");
        assertThat(valueOf(s.position())).isEqualTo("GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(valueOf(s.name())).isEqualTo("Đỗ Văn Minh");
    }

    @Test
    void readsPrefixPrintedWithoutSpaceAfterTheDot() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc("Nội dung.\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Văn Tâm"));
        assertThat(valueOf(s.authority())).isEqualTo("KT.");
        assertThat(valueOf(s.position())).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(valueOf(s.name())).isEqualTo("Lâm Văn Tâm");
    }

    @Test
    void noSignatureBlockGivesNoSigner() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc("Báo cáo tóm tắt.\nNgười lập biểu"));
        assertThat(s.authority()).isNull();
        assertThat(s.name()).isNull();
    }

    @Test
    void readsCopyFormsInCapitalsOnly() {
        assertThat(valueOf(new CopyFormExtractor().extract(doc("Nội dung\nSAO LỤC\nSố: 3/SL-VP")))).isEqualTo("SAO_LUC");
        assertThat(valueOf(new CopyFormExtractor().extract(doc("TRÍCH SAO\nQuyết định")))).isEqualTo("TRICH_SAO");
        assertThat(valueOf(new CopyFormExtractor().extract(doc("Số: 05/SY-UBND")))).isEqualTo("SAO_Y");
        assertThat(new CopyFormExtractor().extract(doc("gửi kèm bản sao y chứng thực"))).isNull();
    }
}
