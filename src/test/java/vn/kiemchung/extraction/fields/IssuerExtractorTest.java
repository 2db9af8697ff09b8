package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.extraction.DocumentFields.valueOf;

import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.VietnameseText;

class IssuerExtractorTest {

    private static IssuerExtractor.Issuer issuer(String text) {
        return new IssuerExtractor().extract(new DocumentLines(VietnameseText.normalize(text)));
    }

    @Test
    void readsIssuerWhenTheNationalTitleComesFirstOnTheLine() {
        IssuerExtractor.Issuer i = issuer("""
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN
                Độc lập – Tự do – Hạnh phúc TỈNH KON TUM
                Số: 10/QĐ-UBND Kon Tum, ngày 05 tháng 01 năm 2024
                """);
        assertThat(valueOf(i.issuer())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
        assertThat(i.issuer().line()).isEqualTo(1);
    }

    @Test
    void keepsAWrappedMinistryNameTogether() {
        IssuerExtractor.Issuer i = issuer("BỘ KHOA HỌC\nVÀ CÔNG NGHỆ\n-------\nSố: 3/2024/TT-BKHCN");
        assertThat(valueOf(i.issuer())).isEqualTo("BỘ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(i.parent()).isNull();
    }

    @Test
    void separatesParentBodyFromIssuer() {
        IssuerExtractor.Issuer i = issuer("UBND TỈNH BẠC LIÊU\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 2/KH-BCĐ");
        assertThat(valueOf(i.parent())).isEqualTo("UBND TỈNH BẠC LIÊU");
        assertThat(valueOf(i.issuer())).isEqualTo("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ");
    }

    @Test
    void skipsUrgencyAndSecrecyMarks() {
        IssuerExtractor.Issuer i = issuer("SỞ Y TẾ\nHỎA TỐC\nSố: 9/SYT-NV");
        assertThat(valueOf(i.issuer())).isEqualTo("SỞ Y TẾ");
    }

    @Test
    void readsTheOfficeUnderThePeoplesCommitteeAsIssuerWithItsParent() {
        IssuerExtractor.Issuer i = issuer("""
                UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                VĂN PHÒNG Độc lập - Tự do - Hạnh phúc
                Số: 214/TB-VP Lào Cai, ngày 12 tháng 6 năm 2025
                """);
        assertThat(valueOf(i.parent())).isEqualTo("UBND TỈNH LÀO CAI");
        assertThat(valueOf(i.issuer())).isEqualTo("VĂN PHÒNG");
    }

    @Test
    void keepsTheWrappedNameOfTheProvincialPartySteeringCommitteeTogether() {
        IssuerExtractor.Issuer i = issuer("""
                TỈNH ỦY CÀ MAU
                BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC,
                CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO
                VÀ CHUYỂN ĐỔI SỐ
                *
                Số: 12-TB/BCĐ
                """);
        assertThat(valueOf(i.parent())).isEqualTo("TỈNH ỦY CÀ MAU");
        assertThat(valueOf(i.issuer()))
                .isEqualTo("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ");
    }
}
