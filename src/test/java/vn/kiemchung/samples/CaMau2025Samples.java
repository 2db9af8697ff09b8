package vn.kiemchung.samples;

import static vn.kiemchung.samples.BacLieu.placeDate;
import static vn.kiemchung.samples.DocumentText.HEADING;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The fictional 2025 dossier of "Tỉnh Cà Mau", which Bạc Liêu joined on 01/07/2025: Decree 30
 * documents dated across the reorganisation. Before July the old province issues (a Bạc Liêu decision);
 * from March the department in charge is Sở Khoa học và Công nghệ; from July a commune issues its own
 * report; the conclusion notice comes from the People's Committee's office (…/TB-VP); the steering
 * committee is the Tỉnh ủy's committee for science, technology, innovation and digital transformation.
 * Every person, number and sentence is invented.
 */
final class CaMau2025Samples {

    static final String PROVINCE = "Cà Mau";
    static final String DOSSIER_PROVINCE = "Tỉnh Cà Mau";
    static final int YEAR = 2025;

    static final String PARTY_SECRETARY = "Trương Quốc Bảo";
    static final String CHAIRMAN = "Lữ Văn Hùng";
    static final String DEPUTY_OFFICE_CHIEF = "Ngô Thị Mỹ Duyên";
    static final String SCIENCE_DIRECTOR = "Quách Minh Trí";
    static final String POLICE_DEPUTY = "Võ Thành Đạt";
    static final String COMMUNE_CHAIRMAN = "Đoàn Văn Lực";

    static final List<String> PEOPLES_COMMITTEE = List.of("ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU");
    static final List<String> PARENT = List.of("UBND TỈNH CÀ MAU");

    /** The claims of self-assessment.csv: each is stated by its report. */
    static final List<SelfAssessment.Claim> CLAIMS = List.of(
            new SelfAssessment.Claim("3.1", "87.6", "%", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang năm 2025"),
            new SelfAssessment.Claim("4.4", "68.2", "%", "Tỷ lệ người dân được phổ cập kỹ năng số (xã Tân Lộc)"),
            new SelfAssessment.Claim("5.3", "96.4", "%", "Tỷ lệ máy tính được cài đặt phần mềm phòng chống mã độc"));

    private final PdfDocumentWriter pdf = new PdfDocumentWriter();

    List<SampleFile> files() throws IOException {
        return List.of(partyCommittee(), officeNotice(), fibreReport(), formerProvinceDecision(), trainingPlan(),
                communeReport(), policeReport());
    }

    /** The Tỉnh ủy's decision setting up its steering committee (March 2025, Party layout, "-QĐ/TU", T/M). */
    private SampleFile partyCommittee() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("TỈNH ỦY CÀ MAU"), true, "Số 1520-QĐ/TU",
                placeDate(PROVINCE, 10, 3, 2025), "QUYẾT ĐỊNH",
                List.of("thành lập Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học,",
                        "công nghệ, đổi mới sáng tạo và chuyển đổi số"), List.of(), List.of(
                "Căn cứ Điều lệ Đảng; Quy chế làm việc của Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025;",
                "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa "
                        + "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia,",
                HEADING + "BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH",
                "Điều 1. Thành lập Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                        + "chuyển đổi số, thay thế Ban Chỉ đạo chuyển đổi số tỉnh trước đây, gồm:",
                "1. Đồng chí Trương Quốc Bảo, Bí thư Tỉnh ủy, Trưởng ban.",
                "2. Đồng chí Lữ Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh, Phó Trưởng ban thường trực.",
                "3. Đồng chí Quách Minh Trí, Giám đốc Sở Khoa học và Công nghệ, Ủy viên thường trực.",
                "Điều 2. Sở Khoa học và Công nghệ là cơ quan thường trực của Ban Chỉ đạo.",
                "Điều 3. Các cơ quan, đơn vị liên quan và các đồng chí có tên tại Điều 1 thi hành Quyết định này./."),
                List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", PARTY_SECRETARY),
                List.of("- Ban Bí thư Trung ương Đảng (b/c);", "- Như Điều 3;", "- Lưu Văn phòng Tỉnh ủy."), null);
        String path = "1.1/Quyết định 1520-QĐ-TU thành lập BCĐ khoa học, công nghệ, ĐMST và CĐS.pdf";
        LocalDate on = LocalDate.of(2025, 3, 10);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "QUYET_DINH", on, PROVINCE).defects("UNKNOWN_INDICATOR"));
    }

    /** The usual conclusion notice: "UBND TỈNH CÀ MAU / VĂN PHÒNG", number …/TB-VP, signed by the office. */
    private SampleFile officeNotice() throws IOException {
        DocumentText text = new DocumentText(PARENT, List.of("VĂN PHÒNG"), false, "Số: 215/TB-VP",
                placeDate(PROVINCE, 22, 9, 2025), "THÔNG BÁO",
                List.of("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp", "về chuyển đổi số quý III năm 2025"), List.of(),
                List.of(
                "Ngày 18 tháng 9 năm 2025, đồng chí Lữ Văn Hùng, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về "
                        + "chuyển đổi số quý III năm 2025 sau khi sắp xếp đơn vị hành chính. Tham dự có lãnh đạo Sở "
                        + "Khoa học và Công nghệ, các sở, ngành tỉnh và Ủy ban nhân dân các xã, phường.",
                "Chủ tịch Ủy ban nhân dân tỉnh kết luận:",
                "1. Sở Khoa học và Công nghệ hoàn thành việc hợp nhất các hệ thống thông tin dùng chung của hai tỉnh "
                        + "Cà Mau và Bạc Liêu trước ngày 31 tháng 10 năm 2025.",
                "2. Ủy ban nhân dân các xã, phường duy trì Tổ công nghệ số cộng đồng và báo cáo kết quả phổ cập kỹ "
                        + "năng số cho người dân.",
                "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
                List.of("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", DEPUTY_OFFICE_CHIEF),
                List.of("- CT, các PCT UBND tỉnh;", "- Sở Khoa học và Công nghệ;", "- UBND các xã, phường;",
                        "- Lưu: VT, KGVX."), null);
        String path = "1.2/Thông báo 215-TB-VP kết luận cuộc họp chuyển đổi số quý III.pdf";
        LocalDate on = LocalDate.of(2025, 9, 22);
        ExpectedFields read = ExpectedFields.of(text, "THONG_BAO", on, PROVINCE);
        // the block reads "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG": the lowest authority is kept
        ExpectedFields expected = new ExpectedFields(read.docType(), read.number(), read.issuer(), read.parentIssuer(),
                read.place(), read.issuedOn(), false, read.subject(), "KT.", "PHÓ CHÁNH VĂN PHÒNG", DEPUTY_OFFICE_CHIEF,
                null, PROVINCE, true, 0, false, null, "OK", List.of("UNKNOWN_INDICATOR"));
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)), expected);
    }

    /** 3.1: the 2025 figures, reported in January 2026 by Sở Khoa học và Công nghệ (in period until the submission). */
    private SampleFile fibreReport() throws IOException {
        DocumentText text = new DocumentText(PARENT, List.of("SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"), false, "Số: 42/BC-SKHCN",
                placeDate(PROVINCE, 16, 1, 2026), "BÁO CÁO",
                List.of("Số liệu hạ tầng số năm 2025 phục vụ", "đánh giá Chỉ số chuyển đổi số"), List.of(), List.of(
                "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ tổng hợp số liệu hạ tầng số năm "
                        + "2025 do các doanh nghiệp viễn thông trên địa bàn cung cấp như sau:",
                "1. Tổng số hộ gia đình trên địa bàn tỉnh: 612.300 hộ; số hộ có kết nối Internet băng rộng cáp quang: "
                        + "536.375 hộ. Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang đạt 87,6%.",
                "2. Hạ tầng cáp quang đã đến 100% trung tâm xã, phường sau sắp xếp đơn vị hành chính.",
                "Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh./."),
                BacLieu.directorSigns(SCIENCE_DIRECTOR),
                List.of("- UBND tỉnh (b/c);", "- Lưu: VT, CĐS."), null);
        String path = "3.1/Báo cáo 42 số liệu hạ tầng số năm 2025 (Sở KH&CN).pdf";
        LocalDate on = LocalDate.of(2026, 1, 16);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }

    /** 3.3: a decision of the former tỉnh Bạc Liêu (March 2025) that still counts for Cà Mau. */
    private SampleFile formerProvinceDecision() throws IOException {
        DocumentText text = new DocumentText(List.of(), BacLieu.PEOPLES_COMMITTEE, false, "Số: 388/QĐ-UBND",
                placeDate(BacLieu.PROVINCE, 18, 3, 2025), "QUYẾT ĐỊNH",
                List.of("Đưa vào sử dụng Trợ lý ảo ứng dụng trí tuệ nhân tạo", "hỗ trợ người dân, doanh nghiệp"),
                List.of(), List.of(
                HEADING + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Đưa vào sử dụng Trợ lý ảo ứng dụng trí tuệ nhân tạo (AI) trả lời câu hỏi của người dân, doanh "
                        + "nghiệp về thủ tục hành chính trên Cổng dịch vụ công của tỉnh.",
                "Điều 2. Sở Khoa học và Công nghệ vận hành, cập nhật dữ liệu huấn luyện cho Trợ lý ảo.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", BacLieu.VICE_CHAIRWOMAN),
                List.of("- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "3.3/Quyết định 388 trợ lý ảo AI (tỉnh Bạc Liêu, trước sáp nhập).pdf";
        LocalDate on = LocalDate.of(2025, 3, 18);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "QUYET_DINH", on, BacLieu.PROVINCE).defects("PREDECESSOR_PROVINCE"));
    }

    /** 4.2: the 2025 training plan, issued in December 2024 (a plan for year N from the last quarter of N−1). */
    private SampleFile trainingPlan() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 301/KH-UBND",
                placeDate(PROVINCE, 20, 12, 2024), "KẾ HOẠCH",
                List.of("Bồi dưỡng, tập huấn về chuyển đổi số cho cán bộ,", "công chức, viên chức năm 2025"), List.of(),
                List.of(
                HEADING + "I. MỤC TIÊU",
                "Năm 2025, 100% cán bộ, công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số và kỹ năng số.",
                HEADING + "II. NHIỆM VỤ",
                "1. Mở 24 lớp tập huấn về chuyển đổi số cho cán bộ, công chức, viên chức các cấp.",
                "2. Bồi dưỡng kỹ năng sử dụng các nền tảng số dùng chung của tỉnh.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch này./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Huỳnh Quốc Việt"),
                List.of("- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "4.2/Kế hoạch 301 bồi dưỡng chuyển đổi số năm 2025.pdf";
        LocalDate on = LocalDate.of(2024, 12, 20);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "KE_HOACH", on, PROVINCE));
    }

    /** 4.4: a commune's report (the district level ended on 01/07/2025). */
    private SampleFile communeReport() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN LỘC"), false,
                "Số: 96/BC-UBND", placeDate("Tân Lộc", 20, 11, 2025), "BÁO CÁO",
                List.of("Kết quả phổ cập kỹ năng số cho người dân", "năm 2025"), List.of(), List.of(
                "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Cà Mau về phổ cập kỹ năng số, Ủy ban nhân dân xã Tân Lộc "
                        + "báo cáo kết quả như sau:",
                "1. Tổ công nghệ số cộng đồng của 14 ấp đã hướng dẫn 12.450 người dân sử dụng dịch vụ công trực tuyến, "
                        + "thanh toán không dùng tiền mặt và định danh điện tử.",
                "2. Tỷ lệ người dân trong độ tuổi lao động được phổ cập kỹ năng số đạt 68,2%.",
                "Ủy ban nhân dân xã báo cáo Ủy ban nhân dân tỉnh./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", COMMUNE_CHAIRMAN),
                List.of("- UBND tỉnh (b/c);", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."), null);
        String path = "4.4/Báo cáo 96 phổ cập kỹ năng số (UBND xã Tân Lộc).pdf";
        LocalDate on = LocalDate.of(2025, 11, 20);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }

    /** 5.3: anti-malware figures from Công an tỉnh, which took over network-security management. */
    private SampleFile policeReport() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("CÔNG AN TỈNH CÀ MAU"), false, "Số: 118/BC-CAT-PA05",
                placeDate(PROVINCE, 10, 12, 2025), "BÁO CÁO",
                List.of("Kết quả bảo đảm an toàn thông tin mạng,", "phòng, chống mã độc năm 2025"), List.of(), List.of(
                "Công an tỉnh báo cáo kết quả bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước năm 2025:",
                "1. Tổng số máy tính của các cơ quan nhà nước: 8.420 máy; số máy được cài đặt phần mềm phòng chống mã "
                        + "độc có quản trị tập trung: 8.117 máy. Tỷ lệ máy tính được cài đặt phần mềm phòng chống mã độc "
                        + "đạt 96,4%.",
                "2. Không ghi nhận sự cố mất an toàn thông tin mạng nghiêm trọng./."),
                List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", POLICE_DEPUTY),
                List.of("- UBND tỉnh (b/c);", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, PA05."), null);
        String path = "5.3/Báo cáo 118 phòng chống mã độc năm 2025 (Công an tỉnh).pdf";
        LocalDate on = LocalDate.of(2025, 12, 10);
        return new SampleFile(path, pdf.write(text, AwarenessSamples.info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }
}
