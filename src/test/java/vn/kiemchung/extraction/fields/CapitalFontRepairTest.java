package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.extraction.DocumentFields.valueOf;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.DocumentFields;

class CapitalFontRepairTest {

    /** A TCVN3 plan as converted: header, type name, headings and signature typed in ".VnTimeH". */
    private static final String CONVERTED = """
            ủy ban nhân dân
            tỉnh bạc liêu
            _______
            Số: 176/KH-UBND
            cộng hòa xã hội chủ nghĩa việt nam
            Độc lập - Tự do - Hạnh phúc
            Bạc Liêu, ngày 18 tháng 8 năm 2023

            kế hoạch
            Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số
            quốc gia năm 2023 trên địa bàn tỉnh
            i. mục đích, yêu cầu
            Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.
            Nơi nhận:
            - Các sở, ban, ngành tỉnh;
            - Lưu: VT.
            tm. ủy ban nhân dân
            chủ tịch

            Nguyễn Văn An""";

    @Test
    void restoresHeaderTypeNameHeadingsAndSignature() {
        String restored = CapitalFontRepair.restore(CONVERTED);

        assertThat(restored).contains("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "\nKẾ HOẠCH\n", "I. MỤC ĐÍCH, YÊU CẦU", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n");
        // the subject's second line is typed in the ordinary font and wraps in lower case
        assertThat(restored).contains("\nquốc gia năm 2023 trên địa bàn tỉnh\n", "Nguyễn Văn An",
                "Nâng cao nhận thức của cán bộ");
    }

    @Test
    void restoredTextYieldsIssuerSubjectAndSigner() {
        DocumentFields f = new DocumentFieldReader().read(CapitalFontRepair.restore(CONVERTED));

        assertThat(valueOf(f.issuer())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU");
        assertThat(valueOf(f.docType())).isEqualTo("KE_HOACH");
        assertThat(valueOf(f.subject()))
                .isEqualTo("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2023 trên địa bàn tỉnh");
        assertThat(valueOf(f.signerAuthority())).isEqualTo("TM.");
        assertThat(valueOf(f.signerPosition())).isEqualTo("CHỦ TỊCH");
        assertThat(valueOf(f.signerName())).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void upperCasesCapsLockWordsWhoseTonedLettersStayedSmall() {
        assertThat(CapitalFontRepair.capsLockWords("QUYếT ĐịNH")).isEqualTo("QUYẾT ĐỊNH");
        assertThat(CapitalFontRepair.capsLockWords("ủY BAN NHÂN DÂN")).isEqualTo("ỦY BAN NHÂN DÂN");
        // capitalised words and symbols are as printed
        assertThat(CapitalFontRepair.capsLockWords("Số: 12/QyĐ-UBND Đà Nẵng")).isEqualTo("Số: 12/QyĐ-UBND Đà Nẵng");
    }

    @Test
    void leavesLowerCaseProseAndWrappedLinesBelowTheHeader() {
        String text = "Căn cứ Luật Tổ chức chính quyền địa phương;\nchủ tịch ủy ban nhân dân tỉnh chỉ đạo,\n"
                + "v.v. các nhiệm vụ khác\nthực hiện.";
        assertThat(CapitalFontRepair.restore(text)).isEqualTo(text);
    }

    @Test
    void restoresTheIssuerHalfOfAHeaderLineThatHoldsBothColumns() {
        String pdfText = "ủy ban nhân dân cộng hòa xã hội chủ nghĩa việt nam\n"
                + "tỉnh bạc liêu Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 176/KH-UBND Bạc Liêu, ngày 18 tháng 8 năm 2023\n"
                + "kế hoạch\n";
        assertThat(CapitalFontRepair.restore(pdfText)).isEqualTo("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "TỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 176/KH-UBND Bạc Liêu, ngày 18 tháng 8 năm 2023\n"
                + "KẾ HOẠCH\n");
    }
}
