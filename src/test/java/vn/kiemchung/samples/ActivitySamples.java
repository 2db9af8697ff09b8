package vn.kiemchung.samples;

import static vn.kiemchung.samples.AwarenessSamples.info;
import static vn.kiemchung.samples.BacLieu.CHAIRMAN_SIGNS;
import static vn.kiemchung.samples.BacLieu.ICT_DEPARTMENT;
import static vn.kiemchung.samples.BacLieu.PARENT;
import static vn.kiemchung.samples.BacLieu.PEOPLES_COMMITTEE;
import static vn.kiemchung.samples.BacLieu.PROVINCE;
import static vn.kiemchung.samples.BacLieu.REPORT_RECIPIENTS;
import static vn.kiemchung.samples.BacLieu.USUAL_RECIPIENTS;
import static vn.kiemchung.samples.BacLieu.directorSigns;
import static vn.kiemchung.samples.BacLieu.placeDate;
import static vn.kiemchung.samples.DocumentText.HEADING;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence for main indicators 3 to 9 (infrastructure, human resources, security, smart city,
 * digital government, economy and society), and the misfiled folder "9.99".
 */
final class ActivitySamples {

    private final PdfDocumentWriter pdf = new PdfDocumentWriter();

    List<SampleFile> files(SampleFile annualPlan) throws IOException {
        List<SampleFile> files = new ArrayList<>();
        files.add(broadbandReportWithoutFigures());
        files.add(ratioReport("3.4/Báo cáo 156 kết nối mạng truyền số liệu chuyên dùng.pdf", PARENT, ICT_DEPARTMENT,
                156, "BC-STTTT", LocalDate.of(2023, 10, 20),
                "Kết quả kết nối mạng truyền số liệu chuyên dùng của các cơ quan nhà nước năm 2023",
                "Đến ngày 15 tháng 10 năm 2023, toàn bộ 187 cơ quan nhà nước cấp tỉnh, cấp huyện và cấp xã đã kết nối "
                        + "mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước; tỷ lệ cơ quan nhà nước các "
                        + "cấp kết nối mạng truyền số liệu chuyên dùng đạt 100%.",
                directorSigns(BacLieu.ICT_DIRECTOR)));
        files.add(trainingStatistics());
        files.add(new SampleFile("4.1/Kế hoạch 38 chuyển đổi số năm 2023.pdf", annualPlan.bytes(),
                annualPlan.expected()));
        files.add(faintScan());
        files.add(securityLevelDecision());
        files.add(unsignedDraft());
        files.add(encryptedReport());
        files.add(smartCityPlan());
        files.add(truncatedDecision());
        files.add(ratioReport("7.2/Báo cáo 245 kết quả tiếp nhận hồ sơ trực tuyến năm 2023.pdf", PARENT,
                BacLieu.OFFICE, 245, "BC-VP", LocalDate.of(2023, 12, 15),
                "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến năm 2023",
                "Trong năm 2023, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh tiếp nhận 148.260 hồ sơ, "
                        + "trong đó 84.212 hồ sơ được tiếp nhận, xử lý trực tuyến; tỷ lệ hồ sơ thủ tục hành chính được "
                        + "tiếp nhận, xử lý trực tuyến đạt 56,8%, góp phần thúc đẩy chuyển đổi số trong giải quyết thủ "
                        + "tục hành chính.",
                List.of("CHÁNH VĂN PHÒNG", "", BacLieu.OFFICE_CHIEF)));
        files.add(ratioReport("7.6/Báo cáo 198 xử lý hồ sơ công việc trên môi trường mạng.pdf", PARENT, ICT_DEPARTMENT,
                198, "BC-STTTT", LocalDate.of(2023, 11, 30),
                "Kết quả xử lý hồ sơ công việc trên môi trường mạng năm 2023",
                "Theo số liệu của Hệ thống quản lý văn bản và điều hành, trong năm 2023 tỷ lệ hồ sơ công việc cấp tỉnh "
                        + "được xử lý trên môi trường mạng đạt 72,5%; một số đơn vị còn xử lý song song trên giấy, chưa "
                        + "đáp ứng yêu cầu chuyển đổi số.",
                directorSigns(BacLieu.ICT_DIRECTOR)).withDefect("CLAIM_MISMATCH"));
        files.add(ratioReport("8.6/Báo cáo 64 đưa hộ sản xuất lên sàn thương mại điện tử.pdf", PARENT,
                List.of("SỞ CÔNG THƯƠNG"), 64, "BC-SCT", LocalDate.of(2023, 12, 8),
                "Kết quả hỗ trợ hộ sản xuất, cơ sở kinh doanh tham gia sàn thương mại điện tử năm 2023",
                "Năm 2023, Sở Công Thương phối hợp với Bưu điện tỉnh và các doanh nghiệp bưu chính hỗ trợ hộ sản xuất "
                        + "nông nghiệp, cơ sở sản xuất kinh doanh mở tài khoản, gian hàng trên sàn thương mại điện tử; "
                        + "tỷ lệ hộ, cơ sở có tài khoản hoặc gian hàng trên sàn thương mại điện tử đạt 48,6%, góp phần "
                        + "phát triển kinh tế số của tỉnh.",
                directorSigns(BacLieu.TRADE_DIRECTOR)));
        files.add(ratioReport("9.3/Báo cáo 152 triển khai hồ sơ sức khỏe điện tử.pdf", PARENT, List.of("SỞ Y TẾ"),
                152, "BC-SYT", LocalDate.of(2023, 12, 12), "Kết quả triển khai hồ sơ sức khỏe điện tử năm 2023",
                "Thực hiện Kế hoạch chuyển đổi số tỉnh năm 2023, ngành y tế đã triển khai hồ sơ sức khỏe điện tử tại "
                        + "các trạm y tế xã, phường, thị trấn; tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 63,4%.",
                directorSigns(BacLieu.HEALTH_DIRECTOR)));
        files.add(misfiledReport());
        return files;
    }

    /** 3.1 is claimed at 78.4 % in self-assessment.csv; this report states no figure at all (CLAIM_UNSUPPORTED). */
    private SampleFile broadbandReportWithoutFigures() throws IOException {
        DocumentText text = new DocumentText(PARENT, ICT_DEPARTMENT, false, "Số: 301/BC-STTTT",
                placeDate(PROVINCE, 15, 9, 2023), "BÁO CÁO",
                List.of("Tình hình phát triển hạ tầng băng rộng cố định", "trên địa bàn tỉnh năm 2023"), List.of(),
                List.of(
                "Thực hiện nhiệm vụ phát triển hạ tầng số phục vụ chuyển đổi số, Sở Thông tin và Truyền thông báo cáo "
                        + "tình hình phát triển hạ tầng băng rộng cố định trên địa bàn tỉnh như sau:",
                "Các doanh nghiệp viễn thông tiếp tục mở rộng mạng cáp quang đến các ấp, khóm ở vùng sâu, vùng ven "
                        + "biển; phần lớn hộ gia đình ở khu vực đô thị đã có thể đăng ký dịch vụ Internet cáp quang.",
                "Khó khăn: chi phí kéo cáp đến các ấp xa trung tâm còn cao; một số hộ chưa có nhu cầu sử dụng.",
                "Đề xuất: Ủy ban nhân dân tỉnh chỉ đạo các huyện tạo điều kiện về mặt bằng, cột treo cáp để doanh nghiệp "
                        + "viễn thông đẩy nhanh phát triển hạ tầng băng rộng cáp quang./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS, null);
        String path = "3.1/Báo cáo 301 phát triển hạ tầng băng rộng cố định.pdf";
        LocalDate on = LocalDate.of(2023, 9, 15);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }

    /** A department's report stating one ratio, the figure that self-assessment.csv claims for its component. */
    private SampleFile ratioReport(String path, List<String> parent, List<String> issuer, int number, String symbol,
                                   LocalDate on, String subject, String finding, List<String> signature)
            throws IOException {
        List<String> subjectLines = split(subject);
        DocumentText text = new DocumentText(parent, issuer, false, "Số: " + number + "/" + symbol,
                placeDate(PROVINCE, on.getDayOfMonth(), on.getMonthValue(), on.getYear()), "BÁO CÁO", subjectLines,
                List.of(), List.of(
                HEADING + "I. KẾT QUẢ THỰC HIỆN",
                finding,
                HEADING + "II. KHÓ KHĂN, VƯỚNG MẮC",
                "Kinh phí cho chuyển đổi số còn hạn chế; đội ngũ cán bộ chuyên trách công nghệ thông tin ở cấp huyện, "
                        + "cấp xã còn thiếu.",
                HEADING + "III. ĐỀ XUẤT, KIẾN NGHỊ",
                "Đề nghị Ủy ban nhân dân tỉnh tiếp tục quan tâm bố trí kinh phí và chỉ đạo các cơ quan, đơn vị phối hợp "
                        + "thực hiện./."),
                signature, REPORT_RECIPIENTS, null);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }

    /** 4.1: the Excel statistics of civil servants trained in digital skills: 6,735 of 7,385 = 91.2 %. */
    private SampleFile trainingStatistics() throws IOException {
        List<String> units = List.of("Các sở, ban, ngành tỉnh", "Thành phố Bạc Liêu", "Thị xã Giá Rai", "Huyện Hồng Dân",
                "Huyện Phước Long", "Huyện Vĩnh Lợi", "Huyện Hòa Bình", "Huyện Đông Hải");
        int[] staff = {412, 1186, 905, 1012, 984, 1043, 968, 875};
        int[] trained = {400, 1073, 822, 916, 896, 947, 877, 804};
        List<List<Object>> rows = new ArrayList<>();
        int totalStaff = 0;
        int totalTrained = 0;
        for (int i = 0; i < units.size(); i++) {
            rows.add(List.of(i + 1, units.get(i), staff[i], trained[i], percent(trained[i], staff[i])));
            totalStaff += staff[i];
            totalTrained += trained[i];
        }
        rows.add(List.of("", "Tổng cộng", totalStaff, totalTrained, percent(totalTrained, totalStaff)));
        StatisticsReport report = new StatisticsReport(List.of("UBND TỈNH BẠC LIÊU", "SỞ NỘI VỤ"),
                "Số: 215/BC-SNV", placeDate(PROVINCE, 5, 12, 2023), "BÁO CÁO",
                List.of("Kết quả bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức năm 2023"),
                List.of("STT", "Cơ quan, đơn vị", "Tổng số CBCCVC", "Số được bồi dưỡng kỹ năng số", "Tỷ lệ (%)"), rows,
                List.of("Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số năm 2023 đạt 91,2% "
                        + "(" + totalTrained + "/" + totalStaff + " người), phục vụ chuyển đổi số của tỉnh."),
                List.of("GIÁM ĐỐC", "", BacLieu.HOME_AFFAIRS_DIRECTOR));
        LocalDate on = LocalDate.of(2023, 12, 5);
        ExpectedFields expected = new ExpectedFields("BAO_CAO", "215/BC-SNV", "SỞ NỘI VỤ", "UBND TỈNH BẠC LIÊU",
                PROVINCE, on, false, report.subject().get(0), null, "GIÁM ĐỐC", BacLieu.HOME_AFFAIRS_DIRECTOR, null,
                PROVINCE, true, 0, false, null, "OK", List.of());
        return new SampleFile("4.1/Báo cáo 215 kết quả bồi dưỡng kỹ năng số 2023.xlsx",
                new XlsxReportWriter().write(report, "Sở Nội vụ Bạc Liêu", on), expected);
    }

    /** 4.5: a photocopy scanned too light to read; OCR returns nothing useful (TEXT_NOT_EXTRACTABLE). */
    private SampleFile faintScan() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 1498/QĐ-UBND",
                placeDate(PROVINCE, 21, 8, 2023), "QUYẾT ĐỊNH",
                List.of("Về việc thành lập Tổ công nghệ số cộng đồng", "tại các ấp, khóm trên địa bàn tỉnh"), List.of(),
                List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Thành lập Tổ công nghệ số cộng đồng tại các ấp, khóm để hướng dẫn người dân sử dụng dịch vụ "
                        + "công trực tuyến, thanh toán điện tử và các nền tảng số.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        String path = "4.5/QĐ thành lập tổ công nghệ số cộng đồng (scan).pdf";
        return new SampleFile(path, new ScannedPdfWriter().write(text, info(text, path, LocalDate.of(2023, 8, 21)),
                ScanQuality.FAINT), ExpectedFields.unreadable("NO_TEXT", true, List.of("TEXT_NOT_EXTRACTABLE")));
    }

    /** 5.1: the department approves the security level of a provincial information system. */
    private SampleFile securityLevelDecision() throws IOException {
        DocumentText text = new DocumentText(PARENT, ICT_DEPARTMENT, false, "Số: 89/QĐ-STTTT",
                placeDate(PROVINCE, 17, 7, 2023), "QUYẾT ĐỊNH",
                List.of("Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin", "Cổng dịch vụ công tỉnh Bạc Liêu"),
                List.of(), List.of(
                HEADING + "GIÁM ĐỐC SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống "
                        + "thông tin theo cấp độ;",
                "Xét hồ sơ đề xuất cấp độ do Văn phòng Ủy ban nhân dân tỉnh trình.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt hồ sơ đề xuất cấp độ 3 đối với hệ thống thông tin Cổng dịch vụ công tỉnh Bạc Liêu, "
                        + "phục vụ cung cấp dịch vụ công trực tuyến và chuyển đổi số của tỉnh.",
                "Điều 2. Văn phòng Ủy ban nhân dân tỉnh triển khai phương án bảo đảm an toàn thông tin theo cấp độ đã "
                        + "được phê duyệt.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                directorSigns(BacLieu.ICT_DIRECTOR), List.of("- Như Điều 2;", "- UBND tỉnh (b/c);", "- Lưu: VT."),
                null);
        String path = "5.1/Quyết định 89 phê duyệt cấp độ an toàn hệ thống thông tin.pdf";
        LocalDate on = LocalDate.of(2023, 7, 17);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "QUYET_DINH", on, PROVINCE));
    }

    /**
     * 5.6: the Word draft uploaded instead of the issued plan: blank number and day, and the
     * signature block has no name (DATE_MISSING, NUMBER_MISSING, SIGNATURE_MISSING).
     */
    private SampleFile unsignedDraft() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số:      /KH-UBND",
                "Bạc Liêu, ngày      tháng      năm 2023", "KẾ HOẠCH",
                List.of("Tổ chức diễn tập thực chiến an toàn thông tin mạng", "tỉnh Bạc Liêu năm 2023"), List.of(),
                List.of(
                HEADING + "I. MỤC ĐÍCH, YÊU CẦU",
                "Nâng cao năng lực phát hiện, ứng cứu sự cố an toàn thông tin mạng của các cơ quan nhà nước, bảo đảm "
                        + "an toàn cho các hệ thống thông tin phục vụ chuyển đổi số của tỉnh.",
                HEADING + "II. NỘI DUNG DIỄN TẬP",
                "Diễn tập thực chiến trên hệ thống thật: tấn công thử nghiệm Cổng thông tin điện tử và Cổng dịch vụ "
                        + "công của tỉnh; các đội phòng thủ phát hiện, ngăn chặn và khắc phục sự cố.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh và doanh nghiệp cung cấp dịch vụ giám "
                        + "sát an toàn thông tin tổ chức diễn tập trong quý IV năm 2023./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ""), USUAL_RECIPIENTS, null);
        return new SampleFile("5.6/Dự thảo Kế hoạch diễn tập ATTT mạng năm 2023.docx",
                new DocxWriter().write(text, "STTTT Bạc Liêu", LocalDate.of(2023, 9, 6)),
                ExpectedFields.of(text, "KE_HOACH", null, PROVINCE)
                        .defects("DATE_MISSING", "NUMBER_MISSING", "SIGNATURE_MISSING"));
    }

    /** 5.7: a good report, but password-protected before it was uploaded (FILE_ENCRYPTED). */
    private SampleFile encryptedReport() throws IOException {
        DocumentText text = new DocumentText(PARENT, ICT_DEPARTMENT, false, "Số: 287/BC-STTTT",
                placeDate(PROVINCE, 24, 11, 2023), "BÁO CÁO",
                List.of("Kết quả kiểm tra, đánh giá an toàn thông tin", "các hệ thống thông tin năm 2023"), List.of(),
                List.of("Sở Thông tin và Truyền thông đã kiểm tra, đánh giá an toàn thông tin đối với các hệ thống "
                        + "thông tin dùng chung của tỉnh phục vụ chuyển đổi số; các lỗ hổng phát hiện đã được khắc phục./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS, null);
        String path = "5.7/Báo cáo 287 kiểm tra đánh giá an toàn thông tin 2023.pdf";
        return new SampleFile(path, new EncryptedPdfWriter().write(text, info(text, path, LocalDate.of(2023, 11, 24))),
                ExpectedFields.unreadable("ENCRYPTED", false, List.of("FILE_ENCRYPTED")));
    }

    /** 6.1 (not scored, still uploaded): the smart-city plan. */
    private SampleFile smartCityPlan() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 204/KH-UBND",
                placeDate(PROVINCE, 26, 9, 2023), "KẾ HOẠCH",
                List.of("Phát triển đô thị thông minh tỉnh Bạc Liêu", "đến năm 2025, định hướng đến năm 2030"), List.of(),
                List.of(
                HEADING + "I. MỤC TIÊU",
                "Từng bước xây dựng thành phố Bạc Liêu và thị xã Giá Rai trở thành đô thị thông minh, gắn với chuyển "
                        + "đổi số; hình thành Trung tâm giám sát, điều hành thông minh của tỉnh.",
                HEADING + "II. NHIỆM VỤ",
                "1. Xây dựng các dịch vụ đô thị thông minh: giám sát an ninh trật tự, giao thông, môi trường và phản ánh "
                        + "hiện trường.",
                "2. Xây dựng cơ sở dữ liệu đô thị và bản đồ số dùng chung.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Xây dựng và Ủy ban nhân dân thành phố Bạc Liêu "
                        + "triển khai Kế hoạch này./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        String path = "6.1/Kế hoạch 204 phát triển đô thị thông minh.pdf";
        LocalDate on = LocalDate.of(2023, 9, 26);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "KE_HOACH", on, PROVINCE));
    }

    /** 7.1: an upload interrupted after its first bytes (FILE_UNREADABLE). */
    private SampleFile truncatedDecision() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 1630/QĐ-UBND",
                placeDate(PROVINCE, 11, 9, 2023), "QUYẾT ĐỊNH",
                List.of("Công bố Danh mục thủ tục hành chính cung cấp", "dịch vụ công trực tuyến toàn trình năm 2023"),
                List.of(), List.of(
                "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ "
                        + "công trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh, phục vụ chuyển đổi số.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        String path = "7.1/Quyết định 1630 công bố danh mục dịch vụ công trực tuyến toàn trình.pdf";
        return new SampleFile(path, new TruncatedPdfWriter().write(text, info(text, path, LocalDate.of(2023, 9, 11))),
                ExpectedFields.unreadable("UNREADABLE", false, List.of("FILE_UNREADABLE")));
    }

    /** "9.99" is no component code of the 2023 set; the report itself is good (UNKNOWN_INDICATOR on the folder). */
    private SampleFile misfiledReport() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 233/BC-UBND",
                placeDate(PROVINCE, 22, 12, 2023), "BÁO CÁO",
                List.of("Kết quả thực hiện chuyển đổi số năm 2023"), List.of(), List.of(
                HEADING + "I. KẾT QUẢ ĐẠT ĐƯỢC",
                "Năm 2023, công tác chuyển đổi số của tỉnh được triển khai đồng bộ trên cả ba trụ cột chính quyền số, "
                        + "kinh tế số và xã hội số; Ban Chỉ đạo chuyển đổi số tỉnh họp định kỳ; các nền tảng số dùng "
                        + "chung được khai thác hiệu quả.",
                HEADING + "II. PHƯƠNG HƯỚNG NĂM 2024",
                "Tiếp tục hoàn thiện thể chế, phát triển hạ tầng số, nâng cao kỹ năng số cho người dân và bảo đảm an "
                        + "toàn thông tin mạng./."),
                CHAIRMAN_SIGNS, List.of("- Bộ Thông tin và Truyền thông;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
                "- Lưu: VT, KGVX."), null);
        String path = "9.99/Báo cáo 233 kết quả chuyển đổi số năm 2023.pdf";
        LocalDate on = LocalDate.of(2023, 12, 22);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "BAO_CAO", on, PROVINCE));
    }

    private static double percent(int part, int whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** Splits a long trích yếu over two centred lines at the word nearest the middle. */
    private static List<String> split(String subject) {
        if (subject.length() <= 55) {
            return List.of(subject);
        }
        int middle = subject.length() / 2;
        int cut = subject.lastIndexOf(' ', middle);
        int after = subject.indexOf(' ', middle);
        if (cut < 0 || (after >= 0 && after - middle < middle - cut)) {
            cut = after;
        }
        return List.of(subject.substring(0, cut), subject.substring(cut + 1));
    }
}
