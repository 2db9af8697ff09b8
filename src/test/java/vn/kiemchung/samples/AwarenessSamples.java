package vn.kiemchung.samples;

import static vn.kiemchung.samples.BacLieu.CHAIRMAN_SIGNS;
import static vn.kiemchung.samples.BacLieu.OFFICE_SIGNS;
import static vn.kiemchung.samples.BacLieu.PEOPLES_COMMITTEE;
import static vn.kiemchung.samples.BacLieu.PROVINCE;
import static vn.kiemchung.samples.BacLieu.USUAL_RECIPIENTS;
import static vn.kiemchung.samples.BacLieu.placeDate;
import static vn.kiemchung.samples.DocumentText.HEADING;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Evidence for main indicator 1, Nhận thức số (digital awareness): components 1.1–1.7. */
final class AwarenessSamples {

    private final PdfDocumentWriter pdf = new PdfDocumentWriter();

    List<SampleFile> files() throws IOException {
        List<SampleFile> files = new ArrayList<>();
        files.add(steeringCommittee());
        files.add(meetingNotice("1.2/Thông báo 45 kết luận phiên họp BCĐ CĐS quý I.pdf", false, 45,
                LocalDate.of(2023, 3, 28), LocalDate.of(2023, 3, 22), "quý I năm 2023", List.of(
                        "1. Các sở, ban, ngành tỉnh hoàn thành việc rà soát, cập nhật danh mục cơ sở dữ liệu dùng chung "
                                + "và gửi Sở Thông tin và Truyền thông trước ngày 30 tháng 4 năm 2023.",
                        "2. Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch tuyên truyền về chuyển đổi số năm "
                                + "2023, tập trung vào kỹ năng số cho người dân ở vùng nông thôn.",
                        "3. Ủy ban nhân dân các huyện, thị xã, thành phố kiện toàn Ban Chỉ đạo chuyển đổi số cấp "
                                + "huyện, bảo đảm người đứng đầu làm Trưởng ban.")));
        files.add(meetingNotice("1.2/TB 128 kết luận phiên họp BCĐ CĐS 6 tháng (bản scan).pdf", true, 128,
                LocalDate.of(2023, 7, 10), LocalDate.of(2023, 7, 5), "sơ kết 6 tháng đầu năm 2023", List.of(
                        "1. Biểu dương các đơn vị hoàn thành sớm việc tái cấu trúc quy trình thủ tục hành chính "
                                + "trên Cổng dịch vụ công của tỉnh.",
                        "2. Sở Thông tin và Truyền thông phối hợp với Công an tỉnh đẩy nhanh việc kết nối, chia sẻ "
                                + "dữ liệu dân cư phục vụ chuyển đổi số.",
                        "3. Các đơn vị chậm tiến độ báo cáo nguyên nhân và giải pháp khắc phục về Ban Chỉ đạo "
                                + "trước ngày 31 tháng 7 năm 2023.")));
        files.add(meetingNotice("1.2/Thông báo 219 kết luận phiên họp BCĐ CĐS tháng 11.pdf", false, 219,
                LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 14), "quý IV năm 2023", List.of(
                        "1. Sở Thông tin và Truyền thông tham mưu tổng kết công tác chuyển đổi số năm 2023 và xây "
                                + "dựng Kế hoạch chuyển đổi số năm 2024 trình Ủy ban nhân dân tỉnh trong tháng 12.",
                        "2. Các sở, ban, ngành tỉnh rà soát số liệu tự đánh giá Chỉ số chuyển đổi số cấp tỉnh, "
                                + "bảo đảm đầy đủ tài liệu kiểm chứng.",
                        "3. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao "
                                + "tại Thông báo này.")));
        files.add(directive());
        files.add(deputySignedLetter());
        files.add(floodPlan());
        files.add(digitalDayPlan());
        return files;
    }

    /** 1.1: the chairman heads the steering committee (Điều 1) and signs the decision himself. */
    private SampleFile steeringCommittee() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 412/QĐ-UBND",
                placeDate(PROVINCE, 15, 3, 2023), "QUYẾT ĐỊNH",
                List.of("Về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Bạc Liêu"), List.of(), List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
                        + "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                "Căn cứ Nghị quyết số 05-NQ/TU ngày 10 tháng 01 năm 2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi "
                        + "số tỉnh Bạc Liêu đến năm 2025, định hướng đến năm 2030;",
                "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 27/TTr-STTTT ngày 06 tháng 3 "
                        + "năm 2023.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Bạc Liêu (sau đây gọi tắt là Ban Chỉ đạo), gồm "
                        + "các thành viên sau:",
                "1. Trưởng ban: Ông Nguyễn Văn An, Chủ tịch Ủy ban nhân dân tỉnh.",
                "2. Phó Trưởng ban thường trực: Bà Trần Thị Bích Thủy, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
                "3. Phó Trưởng ban: Ông Huỳnh Thanh Phong, Giám đốc Sở Thông tin và Truyền thông.",
                "4. Các thành viên: Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện, thị "
                        + "xã, thành phố (danh sách kèm theo).",
                "Điều 2. Ban Chỉ đạo giúp Ủy ban nhân dân tỉnh nghiên cứu, chỉ đạo, điều phối việc thực hiện các "
                        + "chủ trương, chính sách về chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số "
                        + "trên địa bàn tỉnh. Sở Thông tin và Truyền thông là cơ quan thường trực của Ban Chỉ đạo.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1187/QĐ-UBND ngày 02 "
                        + "tháng 7 năm 2021 của Ủy ban nhân dân tỉnh.",
                "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, "
                        + "ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các ông, bà có tên "
                        + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
                CHAIRMAN_SIGNS, List.of("- Như Điều 3;", "- Bộ Thông tin và Truyền thông;",
                "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "1.1/Quyết định 412 kiện toàn BCĐ chuyển đổi số.pdf";
        LocalDate on = LocalDate.of(2023, 3, 15);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "QUYET_DINH", on, PROVINCE));
    }

    /** 1.2: one conclusion notice per steering-committee meeting chaired by the chairman. */
    private SampleFile meetingNotice(String path, boolean scan, int number, LocalDate on, LocalDate meeting,
                                     String session, List<String> conclusions) throws IOException {
        List<String> body = new ArrayList<>();
        body.add("Ngày " + meeting.getDayOfMonth() + " tháng " + meeting.getMonthValue() + " năm " + meeting.getYear()
                + ", đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh "
                + "chủ trì phiên họp Ban Chỉ đạo " + session + ". Tham dự có các thành viên Ban Chỉ đạo, lãnh đạo "
                + "các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố.");
        body.add("Sau khi nghe Sở Thông tin và Truyền thông báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số và ý kiến "
                + "của các thành viên dự họp, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:");
        body.addAll(conclusions);
        body.add("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.");
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: " + number + "/TB-UBND",
                placeDate(PROVINCE, on.getDayOfMonth(), on.getMonthValue(), on.getYear()), "THÔNG BÁO",
                List.of("Kết luận của Chủ tịch UBND tỉnh tại phiên họp", "Ban Chỉ đạo chuyển đổi số " + session),
                List.of(), body, OFFICE_SIGNS, List.of("- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                "- Thành viên Ban Chỉ đạo;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KGVX."), null);
        ExpectedFields expected = ExpectedFields.of(text, "THONG_BAO", on, PROVINCE);
        if (scan) {
            return new SampleFile(path, new ScannedPdfWriter().write(text, info(text, path, on), ScanQuality.LEGIBLE),
                    expected.scanned());
        }
        return new SampleFile(path, pdf.write(text, info(text, path, on)), expected);
    }

    /** 1.3: a thematic directive the chairman signs in person, on paper and with his USB token. */
    private SampleFile directive() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 03/CT-UBND",
                placeDate(PROVINCE, 6, 2, 2023), "CHỈ THỊ",
                List.of("Về đẩy mạnh chuyển đổi số trên địa bàn tỉnh Bạc Liêu năm 2023"), List.of(), List.of(
                "Thời gian qua, công tác chuyển đổi số trên địa bàn tỉnh đạt được những kết quả bước đầu: hạ tầng số "
                        + "được đầu tư, nhiều dịch vụ công trực tuyến được cung cấp, nhận thức của cán bộ và người dân "
                        + "từng bước được nâng lên. Tuy nhiên, việc chia sẻ dữ liệu giữa các cơ quan còn chậm, kỹ năng "
                        + "số của một bộ phận người dân còn hạn chế.",
                "Để đẩy mạnh chuyển đổi số trong năm 2023, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
                "1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố trực "
                        + "tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của cơ quan, địa phương mình.",
                "2. Sở Thông tin và Truyền thông hướng dẫn triển khai các nền tảng số dùng chung, theo dõi và đánh giá "
                        + "mức độ chuyển đổi số của các cơ quan, đơn vị hằng quý.",
                "3. Các cơ quan, đơn vị xử lý hồ sơ công việc trên môi trường mạng, sử dụng chữ ký số trong trao đổi "
                        + "văn bản điện tử, trừ văn bản mật theo quy định.",
                "4. Đài Phát thanh - Truyền hình và Báo Bạc Liêu duy trì chuyên mục về chuyển đổi số.",
                "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        String path = "1.3/Chỉ thị 03 đẩy mạnh chuyển đổi số năm 2023 (ký số).pdf";
        LocalDate on = LocalDate.of(2023, 2, 6);
        return new SampleFile(path, new SignedPdfWriter().write(text, info(text, path, on), on),
                ExpectedFields.of(text, "CHI_THI", on, PROVINCE).digitallySigned(1));
    }

    /**
     * 1.3 counts only thematic documents the head signs in person; this letter is signed
     * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" by the vice-chairwoman (SIGNER_MISMATCH).
     */
    private SampleFile deputySignedLetter() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 1875/UBND-KGVX",
                placeDate(PROVINCE, 12, 6, 2023), null,
                List.of("V/v đôn đốc triển khai các nền tảng", "số dùng chung của tỉnh"),
                List.of("Kính gửi: - Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố."), List.of(
                "Thực hiện Kế hoạch chuyển đổi số tỉnh Bạc Liêu năm 2023, qua theo dõi cho thấy một số cơ quan, "
                        + "đơn vị chưa khai thác hiệu quả các nền tảng số dùng chung của tỉnh (hệ thống quản lý văn "
                        + "bản và điều hành, hệ thống thư điện tử công vụ, nền tảng họp trực tuyến).",
                "Để bảo đảm tiến độ chuyển đổi số, Ủy ban nhân dân tỉnh yêu cầu:",
                "1. Thủ trưởng các cơ quan, đơn vị chỉ đạo cán bộ, công chức sử dụng thường xuyên các nền tảng số "
                        + "dùng chung trong xử lý công việc.",
                "2. Sở Thông tin và Truyền thông tổ chức hướng dẫn, hỗ trợ kỹ thuật và tổng hợp kết quả, báo cáo "
                        + "Ủy ban nhân dân tỉnh trước ngày 15 tháng 7 năm 2023.",
                "Đề nghị các cơ quan, đơn vị triển khai thực hiện./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", BacLieu.VICE_CHAIRWOMAN),
                List.of("- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "1.3/Công văn 1875 đôn đốc triển khai nền tảng số.pdf";
        LocalDate on = LocalDate.of(2023, 6, 12);
        ExpectedFields read = ExpectedFields.of(text, "CONG_VAN", on, PROVINCE);
        // the block reads "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the deputy signs (KT.)
        ExpectedFields expected = new ExpectedFields(read.docType(), read.number(), read.issuer(),
                read.parentIssuer(), read.place(), read.issuedOn(), false, read.subject(), "KT.", "PHÓ CHỦ TỊCH",
                BacLieu.VICE_CHAIRWOMAN, null, PROVINCE, true, 0, false, null, "OK", List.of("SIGNER_MISMATCH"));
        return new SampleFile(path, pdf.write(text, info(text, path, on)), expected);
    }

    /** 1.6 asks for digital-transformation events; this flood-prevention plan speaks of none (KEYWORD_MISSING). */
    private SampleFile floodPlan() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 89/KH-UBND",
                placeDate(PROVINCE, 3, 4, 2023), "KẾ HOẠCH",
                List.of("Phòng, chống thiên tai và tìm kiếm cứu nạn", "năm 2023 trên địa bàn tỉnh Bạc Liêu"), List.of(),
                List.of(
                HEADING + "I. MỤC ĐÍCH, YÊU CẦU",
                "Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương và hiệu quả hậu quả do thiên tai gây "
                        + "ra, nhất là triều cường, sạt lở bờ biển, giông lốc và xâm nhập mặn trong mùa khô; giảm thiểu "
                        + "thiệt hại về người và tài sản của Nhà nước và nhân dân.",
                "Quán triệt phương châm bốn tại chỗ: chỉ huy tại chỗ, lực lượng tại chỗ, phương tiện và vật tư tại "
                        + "chỗ, hậu cần tại chỗ.",
                HEADING + "II. NHIỆM VỤ CHỦ YẾU",
                "1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; rà soát, cập nhật "
                        + "phương án ứng phó với bão mạnh, siêu bão và phương án sơ tán dân ở khu vực ven biển.",
                "2. Kiểm tra, gia cố đê biển Đông, các cống ngăn mặn và hệ thống thủy lợi trước mùa mưa bão; chuẩn bị "
                        + "vật tư, phương tiện cứu hộ tại các xã xung yếu.",
                "3. Tổ chức diễn tập ứng phó thiên tai cấp huyện tại huyện Đông Hải và thị xã Giá Rai.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả "
                        + "thực hiện Kế hoạch này, báo cáo Ủy ban nhân dân tỉnh./."),
                CHAIRMAN_SIGNS, List.of("- Ban Chỉ đạo Quốc gia về phòng, chống thiên tai;",
                "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                "- Lưu: VT, NNTN."), null);
        String path = "1.6/Kế hoạch 89 phòng chống thiên tai năm 2023.pdf";
        LocalDate on = LocalDate.of(2023, 4, 3);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "KE_HOACH", on, PROVINCE).defects("KEYWORD_MISSING"));
    }

    /**
     * 1.7: a good plan for the national Digital Transformation Day, typed in TCVN3 (.VnTime).
     * Its lower-case text avoids capitals with tone marks, which TCVN3 cannot hold outside
     * the .VnTimeH capitals font.
     */
    private SampleFile digitalDayPlan() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 176/KH-UBND",
                placeDate(PROVINCE, 18, 8, 2023), "KẾ HOẠCH",
                List.of("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số", "quốc gia năm 2023 trên địa bàn tỉnh"),
                List.of(), List.of(
                HEADING + "I. MỤC ĐÍCH, YÊU CẦU",
                "Nâng cao nhận thức của cán bộ, công chức, doanh nghiệp và người dân về vai trò của chuyển đổi số; "
                        + "lan tỏa các mô hình chuyển đổi số tiêu biểu của tỉnh nhân Ngày Chuyển đổi số quốc gia "
                        + "10 tháng 10.",
                HEADING + "II. NỘI DUNG HOẠT ĐỘNG",
                "1. Tổ chức hội nghị chuyên đề về chuyển đổi số và triển lãm các sản phẩm công nghệ số tại thành "
                        + "phố Bạc Liêu trong tuần lễ từ ngày 02 đến ngày 10 tháng 10 năm 2023.",
                "2. Các tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, "
                        + "thanh toán không dùng tiền mặt và dịch vụ công trực tuyến.",
                "3. Báo Bạc Liêu, Đài Phát thanh - Truyền hình Bạc Liêu mở chuyên trang, chuyên mục tuyên truyền.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành, địa phương triển khai và báo cáo "
                        + "kết quả về UBND tỉnh trước ngày 20 tháng 10 năm 2023./."),
                CHAIRMAN_SIGNS, List.of("- Bộ Thông tin và Truyền thông;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "1.7/Kế hoạch 176 hưởng ứng Ngày Chuyển đổi số quốc gia 2023.docx";
        LocalDate on = LocalDate.of(2023, 8, 18);
        return new SampleFile(path, new LegacyTcvn3DocxWriter().write(text, "VP UBND tinh Bac Lieu", on),
                ExpectedFields.of(text, "KE_HOACH", on, PROVINCE).legacy("TCVN3").defects("LEGACY_ENCODING"));
    }

    static PdfInfo info(DocumentText text, String path, LocalDate on) {
        String title = text.typeName() == null ? String.join(" ", text.subject())
                : text.typeName() + " " + String.join(" ", text.subject());
        return new PdfInfo(title, String.join(" ", text.issuerLines()), on, path);
    }
}
