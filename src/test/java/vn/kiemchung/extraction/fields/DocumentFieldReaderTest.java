package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kiemchung.extraction.DocumentFields.valueOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.Figure;
import vn.kiemchung.extraction.VietnameseText;

class DocumentFieldReaderTest {

    private final DocumentFieldReader reader = new DocumentFieldReader();

    @Test
    void readsADecisionWhoseHeaderColumnsShareLines() {
        DocumentFields f = reader.read(SampleDocuments.DECISION);
        assertThat(valueOf(f.docType())).isEqualTo("QUYET_DINH");
        assertThat(valueOf(f.number())).isEqualTo("412/QĐ-UBND");
        assertThat(f.number().page()).isEqualTo(1);
        assertThat(f.number().line()).isEqualTo(3);
        assertThat(valueOf(f.issuer())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU");
        assertThat(f.parentIssuer()).isNull();
        assertThat(valueOf(f.place())).isEqualTo("Bạc Liêu");
        assertThat(valueOf(f.issuedOn())).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(f.dateUnfilled()).isFalse();
        assertThat(valueOf(f.subject())).isEqualTo("Về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Bạc Liêu");
        assertThat(valueOf(f.province())).isEqualTo("Bạc Liêu");
        assertThat(f.copyForm()).isNull();
    }

    @Test
    void bodyVerbQuyetDinhDoesNotOverrideTheHeaderTypeLine() {
        DocumentFields f = reader.read(SampleDocuments.DECISION);
        assertThat(f.docType().line()).isEqualTo(4);
    }

    @Test
    void readsDeputySignerBesideTheRecipientList() {
        DocumentFields f = reader.read(SampleDocuments.DECISION);
        assertThat(valueOf(f.signerAuthority())).isEqualTo("KT.");
        assertThat(valueOf(f.signerPosition())).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(valueOf(f.signerName())).isEqualTo("Nguyễn Văn An");
        assertThat(f.signerName().page()).isEqualTo(2);
        assertThat(f.recipients()).containsExactly("Như Điều 3", "Bộ Thông tin và Truyền thông",
                "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX");
    }

    @Test
    void readsPlanOfADepartmentWithItsParentBody() {
        DocumentFields f = reader.read(SampleDocuments.PLAN);
        assertThat(valueOf(f.docType())).isEqualTo("KE_HOACH");
        assertThat(valueOf(f.number())).isEqualTo("88/KH-STTTT");
        assertThat(valueOf(f.issuer())).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(valueOf(f.parentIssuer())).isEqualTo("UBND TỈNH BẠC LIÊU");
        assertThat(valueOf(f.province())).isEqualTo("Bạc Liêu");
        assertThat(valueOf(f.issuedOn())).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(valueOf(f.subject())).isEqualTo("Triển khai nền tảng số dùng chung năm 2024");
        assertThat(f.signerAuthority()).isNull();
        assertThat(valueOf(f.signerPosition())).isEqualTo("GIÁM ĐỐC");
        assertThat(valueOf(f.signerName())).isEqualTo("Trần Thị Bình");
    }

    @Test
    void readsOfficialLetterSubjectFromTheVvLines() {
        DocumentFields f = reader.read(SampleDocuments.OFFICIAL_LETTER);
        assertThat(valueOf(f.docType())).isEqualTo("CONG_VAN");
        assertThat(valueOf(f.number())).isEqualTo("1205/UBND-VX");
        assertThat(valueOf(f.subject())).isEqualTo("đôn đốc triển khai ứng dụng định danh điện tử VNeID");
        assertThat(valueOf(f.issuedOn())).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(f.recipients()).containsExactly("Các sở, ban, ngành tỉnh",
                "Ủy ban nhân dân các huyện, thị xã, thành phố", "Như trên", "Lưu: VT");
        assertThat(valueOf(f.signerAuthority())).isEqualTo("TL.");
        assertThat(valueOf(f.signerPosition())).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(valueOf(f.signerName())).isEqualTo("Lê Minh Châu");
    }

    @Test
    void readsPartyNumberWithoutColon() {
        DocumentFields f = reader.read(SampleDocuments.PARTY_RESOLUTION);
        assertThat(valueOf(f.number())).isEqualTo("17-NQ/TU");
        assertThat(valueOf(f.docType())).isEqualTo("NGHI_QUYET");
        assertThat(valueOf(f.issuer())).isEqualTo("TỈNH ỦY CÀ MAU");
        assertThat(valueOf(f.parentIssuer())).isEqualTo("ĐẢNG BỘ TỈNH CÀ MAU");
        assertThat(valueOf(f.province())).isEqualTo("Cà Mau");
        assertThat(valueOf(f.issuedOn())).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(valueOf(f.signerAuthority())).isEqualTo("TM.");
        assertThat(valueOf(f.signerPosition())).isEqualTo("BÍ THƯ");
    }

    @Test
    void draftHasNoNumberAndAnUnfilledDate() {
        DocumentFields f = reader.read(SampleDocuments.DRAFT);
        assertThat(f.number()).isNull();
        assertThat(f.issuedOn()).isNull();
        assertThat(f.dateUnfilled()).isTrue();
        assertThat(valueOf(f.docType())).isEqualTo("QUYET_DINH");
        assertThat(valueOf(f.issuer())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU");
    }

    @Test
    void recognisesCertifiedCopyAndKeepsTheOriginalIssuer() {
        DocumentFields f = reader.read(SampleDocuments.CERTIFIED_COPY);
        assertThat(valueOf(f.copyForm())).isEqualTo("SAO_Y");
        assertThat(f.copyForm().page()).isEqualTo(2);
        assertThat(valueOf(f.issuer())).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
        assertThat(valueOf(f.number())).isEqualTo("749/QĐ-TTg");
        assertThat(f.province()).as("a central body does not belong to Hà Nội").isNull();
    }

    @Test
    void readsCityAsProvinceAndKinhGuiAsRecipient() {
        DocumentFields f = reader.read(SampleDocuments.REPORT);
        assertThat(valueOf(f.docType())).isEqualTo("BAO_CAO");
        assertThat(valueOf(f.province())).isEqualTo("Hà Nội");
        assertThat(f.recipients()).containsExactly("Bộ Thông tin và Truyền thông");
        assertThat(valueOf(f.subject())).isEqualTo("Kết quả chuyển đổi số năm 2023");
    }

    @Test
    void readsFiguresOfAReportButNotDatesArticlesOrPhones() {
        DocumentFields f = reader.read(SampleDocuments.REPORT);
        assertThat(f.figures()).extracting(Figure::value).containsExactly(
                new BigDecimal("1941"), new BigDecimal("98.7"), new BigDecimal("2"), new BigDecimal("12.5"));
        Figure files = f.figures().get(0);
        assertThat(files.unit()).isEqualTo("hồ sơ");
        assertThat(files.percent()).isFalse();
        assertThat(files.phrase()).contains("tiếp nhận 1.941 hồ sơ");
        Figure rate = f.figures().get(1);
        assertThat(rate.percent()).isTrue();
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(rate.phrase()).contains("tỷ lệ xử lý đúng hạn đạt 98,7%");
        assertThat(rate.line()).isEqualTo(9);
        assertThat(f.figures().get(2).unit()).isEqualTo("phiên họp");
        assertThat(f.figures().get(3).unit()).isEqualTo("tỷ đồng");
    }

    @Test
    void readsPercentAndCountInThePlan() {
        DocumentFields f = reader.read(SampleDocuments.PLAN);
        assertThat(f.figures()).extracting(Figure::value)
                .containsExactly(new BigDecimal("72.5"), new BigDecimal("1941"));
    }

    @Test
    void emptyTextGivesEmptyFields() {
        assertThat(reader.read("")).isEqualTo(DocumentFields.empty());
    }

    @Test
    void readsNormativeNumberWithYearAndTypeFromSymbolWhenNoTypeLine() {
        String text = VietnameseText.normalize("""
                ỦY BAN NHÂN DÂN
                TỈNH NGHỆ AN
                Số: 21/2020/QĐ-UBND
                Nghệ An, ngày 19 tháng 4 năm 2020
                Căn cứ Luật Ban hành văn bản quy phạm pháp luật;
                """);
        DocumentFields f = reader.read(text);
        assertThat(valueOf(f.number())).isEqualTo("21/2020/QĐ-UBND");
        assertThat(valueOf(f.docType())).isEqualTo("QUYET_DINH");
        assertThat(valueOf(f.province())).isEqualTo("Nghệ An");
    }

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH BẠC LIÊU
            Số: 45/TB-UBND Bạc Liêu, ngày 28 tháng 3 năm 2023
            """;

    @Test
    void subjectEndsBeforeABodySentenceThatOpensWithItsDate() {
        DocumentFields f = reader.read(VietnameseText.normalize(HEADER + """
                THÔNG BÁO
                Kết luận của Chủ tịch UBND tỉnh tại phiên họp
                Ban Chỉ đạo chuyển đổi số quý I năm 2023
                Ngày 22 tháng 3 năm 2023, đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân
                tỉnh chủ trì phiên họp.
                """));
        assertThat(valueOf(f.subject()))
                .isEqualTo("Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo chuyển đổi số quý I năm 2023");
    }

    @Test
    void subjectEndsBeforeATableHeaderOrAFinishedSentence() {
        DocumentFields table = reader.read(VietnameseText.normalize(HEADER + """
                BÁO CÁO
                Kết quả bồi dưỡng kỹ năng số năm 2023
                STT Cơ quan, đơn vị Tổng số Tỷ lệ (%)
                1 Các sở, ban, ngành tỉnh 412 97.1
                """));
        assertThat(valueOf(table.subject())).isEqualTo("Kết quả bồi dưỡng kỹ năng số năm 2023");
        DocumentFields paragraph = reader.read(VietnameseText.normalize(HEADER + """
                CHỈ THỊ
                Về đẩy mạnh chuyển đổi số năm 2023
                Thời gian qua, công tác chuyển đổi số đạt được những kết quả bước đầu.
                """));
        assertThat(valueOf(paragraph.subject())).isEqualTo("Về đẩy mạnh chuyển đổi số năm 2023");
    }

    /** Page text wrapped at about 80 characters, as a PDF text layer gives it. */
    private static final String WRAPPED_BODY = """
            1. Các sở, ban, ngành tỉnh hoàn thành việc rà soát, cập nhật danh mục cơ sở dữ
            liệu dùng chung và gửi Sở Thông tin và Truyền thông trước ngày 30 tháng 4 năm
            2023; Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch tuyên truyền về
            chuyển đổi số năm 2023, tập trung vào kỹ năng số cho người dân ở vùng nông thôn
            và hải đảo; Ủy ban nhân dân các huyện, thị xã, thành phố kiện toàn Ban Chỉ đạo
            chuyển đổi số cấp huyện, bảo đảm người đứng đầu làm Trưởng ban.
            """;

    @Test
    void subjectEndsWhereAFullWidthBodyLineFollowsItsShortLastLine() {
        DocumentFields f = reader.read(VietnameseText.normalize(HEADER + """
                CHỈ THỊ
                Về đẩy mạnh chuyển đổi số trên địa bàn tỉnh năm 2023
                Thời gian qua, công tác chuyển đổi số trên địa bàn tỉnh đạt được những kết quả
                bước đầu: hạ tầng số được đầu tư, nhiều dịch vụ công trực tuyến được cung cấp.
                """ + WRAPPED_BODY));
        assertThat(valueOf(f.subject())).isEqualTo("Về đẩy mạnh chuyển đổi số trên địa bàn tỉnh năm 2023");
    }

    @Test
    void subjectWrappedAtFullWidthGoesOnInLowerCase() {
        DocumentFields f = reader.read(VietnameseText.normalize(HEADER + """
                QUYẾT ĐỊNH
                Ban hành tiêu chí đối với dây chuyền công nghệ, thiết bị, máy móc, công cụ đã qua
                sử dụng được nhập khẩu phục vụ trực tiếp dự án sản xuất chip bán dẫn
                Căn cứ Luật Công nghiệp công nghệ số;
                """ + WRAPPED_BODY));
        assertThat(valueOf(f.subject())).isEqualTo("Ban hành tiêu chí đối với dây chuyền công nghệ, thiết bị, máy móc, "
                + "công cụ đã qua sử dụng được nhập khẩu phục vụ trực tiếp dự án sản xuất chip bán dẫn");
    }

    @Test
    void subjectOfAOneParagraphNoticeEndsWhereItsOnlyParagraphStarts() {
        DocumentFields f = reader.read(VietnameseText.normalize(HEADER + """
                BÁO CÁO
                Kết quả tuyên truyền về chuyển đổi số quý III năm 2023
                Trong quý III, các cơ quan báo chí của tỉnh đăng 118 tin, bài tuyên truyền về
                chuyển đổi số, tập trung vào dịch vụ công trực tuyến và thanh toán không dùng tiền
                mặt./.
                GIÁM ĐỐC
                Huỳnh Thanh Phong
                """));
        assertThat(valueOf(f.subject())).isEqualTo("Kết quả tuyên truyền về chuyển đổi số quý III năm 2023");
    }
}
