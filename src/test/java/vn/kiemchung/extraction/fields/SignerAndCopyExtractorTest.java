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
    void dropsTheStampEdgeOcrReadsAsALetterBeforeTheName() {
        String ocr = """
                Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
                Nơi nhận: K ng TL. CHỦ TỊCH
                - TT. Tỉnh ủy, TT. HĐND tỉnh; (( N CHÁNH VĂN PHÒNG
                - Lưu: VT, KGVX. xX 7 7 nh
                và .~-Z Lễ Hoàng Nam
                T———#
                """;
        SignerExtractor.Signer s = new SignerExtractor().extract(doc(ocr), true);
        assertThat(valueOf(s.position())).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(valueOf(s.name())).isEqualTo("Lê Hoàng Nam");
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

    @Test
    void certifiedCopyIsSignedByTheOriginalsSignerNotTheCopyingOffice() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc("""
                Quyết định này có hiệu lực kể từ ngày ký./.
                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Nguyễn Văn An
                Nơi nhận:
                - Như Điều 3;
                UBND TỈNH BẠC LIÊU
                VĂN PHÒNG
                Số: 112/SY-VP
                SAO Y
                Bạc Liêu, ngày 14 tháng 6 năm 2023
                TL. CHỦ TỊCH
                CHÁNH VĂN PHÒNG
                Lê Hoàng Nam"""));
        assertThat(valueOf(s.authority())).isEqualTo("TM.");
        assertThat(valueOf(s.position())).isEqualTo("CHỦ TỊCH");
        assertThat(valueOf(s.name())).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void readsOcrSignatureBlockPrintedBesideTheRecipientsWithStrayMarks() {
        // as tesseract reads a scanned notice: stamp strokes before the title, the name below the list
        String ocr = """
                hiện./.
                Nơi nhận: K ngưng" ` TL. CHỦ TỊCH
                - TT. Tỉnh ủy, TT. HĐND tỉnh; (( N CHÁNH VĂN PHÒNG
                - CT, các PCT UBND tỉnh; Ị BI
                - Thành viên Ban Chỉ đạo; Ề + l]
                - UBND các huyện, thị xã, thành phố; \\ / /
                - Lưu: VT, KGVX. X 5 7 sả.
                NÓ ¬—— Lẽ Hoàng Nam""";
        SignerExtractor.Signer s = new SignerExtractor().extract(doc(ocr), true);
        assertThat(valueOf(s.authority())).isEqualTo("TL.");
        assertThat(valueOf(s.position())).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(valueOf(s.name())).isEqualTo("Lê Hoàng Nam");
        // a text layer is taken as printed
        assertThat(valueOf(new SignerExtractor().extract(doc(ocr), false).name())).isEqualTo("Lẽ Hoàng Nam");
    }

    @Test
    void surnameMarksAreRestoredOnlyWhereTheLettersNameOneSurname() {
        assertThat(Surnames.withSurnameMarks("Lẽ Hoàng Nam")).isEqualTo("Lê Hoàng Nam");
        assertThat(Surnames.withSurnameMarks("Nguyên Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(Surnames.withSurnameMarks("Xa Văn Tư")).isEqualTo("Xa Văn Tư");
    }

    @Test
    void draftWithoutNameStillHasNoNameWhenRecipientsFollow() {
        SignerExtractor.Signer s = new SignerExtractor().extract(doc(
                "Nội dung./.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, KGVX."));
        assertThat(valueOf(s.position())).isEqualTo("CHỦ TỊCH");
        assertThat(valueOf(s.name())).isNull();
    }
}
