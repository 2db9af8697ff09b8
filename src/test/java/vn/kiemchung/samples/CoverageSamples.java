package vn.kiemchung.samples;

import static vn.kiemchung.samples.AwarenessSamples.info;
import static vn.kiemchung.samples.BacLieu.CHAIRMAN;
import static vn.kiemchung.samples.BacLieu.CHAIRMAN_SIGNS;
import static vn.kiemchung.samples.BacLieu.ICT_DEPARTMENT;
import static vn.kiemchung.samples.BacLieu.OFFICE;
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
 * Good evidence for the components of the 2023 set that the planted-defect files leave
 * uncovered, so that the sample audits like a whole dossier: one short text PDF or DOCX per
 * document, each issued by the kind of body its catalogue row asks for, numbered, dated, signed
 * and mentioning the row's keywords. A ratio report states the same percentage that
 * {@link SelfAssessment} claims ("đạt 93,5%").
 *
 * <p>Some are good but partial on purpose: 1.3 (three of four thematic documents signed by the
 * chairman, 75 %), 1.5 (two of the four reports the step table asks for) and the ratios below
 * 100 %.
 */
final class CoverageSamples {

    static final List<String> HOME_AFFAIRS = List.of("SỞ NỘI VỤ");
    static final List<String> TRADE = List.of("SỞ CÔNG THƯƠNG");
    static final List<String> HEALTH = List.of("SỞ Y TẾ");
    static final List<String> FINANCE = List.of("SỞ TÀI CHÍNH");
    static final List<String> PLANNING = List.of("SỞ KẾ HOẠCH", "VÀ ĐẦU TƯ");
    static final List<String> EDUCATION = List.of("SỞ GIÁO DỤC", "VÀ ĐÀO TẠO");
    static final List<String> LABOUR = List.of("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI");
    static final List<String> ENVIRONMENT = List.of("SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG");
    static final List<String> CULTURE = List.of("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH");
    static final List<String> STEERING_COMMITTEE = List.of("BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ TỈNH BẠC LIÊU");

    // fictional directors of the departments not named in BacLieu
    static final String FINANCE_DIRECTOR = "Ngô Thị Hồng Nhung";
    static final String PLANNING_DIRECTOR = "Quách Văn Đức";
    static final String EDUCATION_DIRECTOR = "La Thị Ngọc Hân";
    static final String LABOUR_DIRECTOR = "Kha Minh Thuận";
    static final String ENVIRONMENT_DIRECTOR = "Diệp Văn Lộc";
    static final String CULTURE_DIRECTOR = "Mạc Thị Thu Trang";
    static final String COUNCIL_CHAIR = "Châu Minh Trí";

    private final PdfDocumentWriter pdf = new PdfDocumentWriter();
    private final DocxWriter docx = new DocxWriter();

    List<SampleFile> files() throws IOException {
        List<SampleFile> files = new ArrayList<>();
        awareness(files);
        institutions(files);
        infrastructureAndPeople(files);
        security(files);
        government(files);
        economyAndSociety(files);
        return files;
    }

    private void awareness(List<SampleFile> files) throws IOException {
        files.add(pdf("1.2/Thông báo 05 kết luận phiên họp BCĐ CĐS tháng 9.pdf", List.of(), STEERING_COMMITTEE,
                "Số: 05/TB-BCĐ", LocalDate.of(2023, 9, 18), "THÔNG BÁO", "THONG_BAO",
                List.of("Kết luận của Trưởng Ban Chỉ đạo tại phiên họp", "chuyên đề dữ liệu số tháng 9 năm 2023"), List.of(
                "Ngày 12 tháng 9 năm 2023, đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo "
                        + "chuyển đổi số tỉnh chủ trì phiên họp chuyên đề về phát triển dữ liệu số. Ban Chỉ đạo ban "
                        + "hành thông báo kết luận như sau:",
                "1. Các sở, ngành hoàn thành xây dựng cơ sở dữ liệu chuyên ngành theo danh mục đã được phê duyệt "
                        + "trong quý IV năm 2023.",
                "2. Sở Thông tin và Truyền thông hướng dẫn việc công bố dữ liệu mở trên Cổng dữ liệu của tỉnh./."),
                List.of("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", CHAIRMAN),
                List.of("- Thành viên Ban Chỉ đạo;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT.")));
        files.add(pdf("1.3/Công văn 2890 sử dụng chữ ký số trong trao đổi văn bản.pdf", List.of(), PEOPLES_COMMITTEE,
                "Số: 2890/UBND-KGVX", LocalDate.of(2023, 8, 21), null, "CONG_VAN",
                List.of("V/v tăng cường sử dụng chữ ký số", "phục vụ chuyển đổi số"), List.of(
                "Để đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước, Chủ tịch Ủy ban nhân dân tỉnh "
                        + "yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, "
                        + "thành phố:",
                "1. Ký số toàn bộ văn bản đi, trừ văn bản mật, và gửi nhận văn bản điện tử qua hệ thống quản lý văn "
                        + "bản và điều hành.",
                "2. Cấp chữ ký số cá nhân cho lãnh đạo và công chức có nhu cầu trong tháng 9 năm 2023./."),
                CHAIRMAN_SIGNS, List.of("- Như trên;", "- Lưu: VT, KGVX.")));
        files.add(pdf("1.3/Công văn 3412 kết quả chỉ đạo chuyển đổi số năm 2023.pdf", List.of(), PEOPLES_COMMITTEE,
                "Số: 3412/UBND-KGVX", LocalDate.of(2023, 12, 4), null, "CONG_VAN",
                List.of("V/v kết quả chỉ đạo chuyên đề", "về chuyển đổi số năm 2023"), List.of(
                "Năm 2023, Ủy ban nhân dân tỉnh ban hành 04 văn bản chỉ đạo chuyên đề về chuyển đổi số; trong đó 03 "
                        + "văn bản do Chủ tịch Ủy ban nhân dân tỉnh trực tiếp ký, đạt 75%.",
                "Chủ tịch Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị tiếp tục thực hiện nghiêm các văn bản chỉ "
                        + "đạo nêu trên./."),
                CHAIRMAN_SIGNS, List.of("- Bộ Thông tin và Truyền thông;", "- Lưu: VT, KGVX.")));
        files.add(pdf("1.4/Thông báo 36 ra mắt chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh.pdf",
                PARENT, ICT_DEPARTMENT, "Số: 36/TB-STTTT", LocalDate.of(2022, 4, 12), "THÔNG BÁO", "THONG_BAO",
                List.of("Ra mắt chuyên mục Chuyển đổi số", "trên Cổng thông tin điện tử tỉnh"), List.of(
                "Sở Thông tin và Truyền thông thông báo: từ ngày 15 tháng 4 năm 2022, Cổng thông tin điện tử tỉnh có "
                        + "chuyên mục riêng về chuyển đổi số, đăng tin, bài, văn bản chỉ đạo và hướng dẫn sử dụng các "
                        + "nền tảng số.",
                "Đề nghị các cơ quan, đơn vị cung cấp tin, bài cho chuyên mục định kỳ hằng tháng./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(pdf("1.5/Báo cáo 88 kết quả tuyên truyền chuyển đổi số 6 tháng đầu năm.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 88/BC-STTTT", LocalDate.of(2023, 6, 26), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả tuyên truyền về chuyển đổi số", "6 tháng đầu năm 2023"), List.of(
                "Báo Bạc Liêu và Đài Phát thanh - Truyền hình tỉnh duy trì chuyên mục tuyên truyền về chuyển đổi số; "
                        + "đăng 214 tin, bài và phát 26 chương trình chuyên đề, kèm đường dẫn tại phụ lục./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(pdf("1.5/Báo cáo 231 kết quả tuyên truyền chuyển đổi số quý III.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 231/BC-STTTT", LocalDate.of(2023, 10, 5), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả tuyên truyền về chuyển đổi số quý III năm 2023"), List.of(
                "Trong quý III, các cơ quan báo chí của tỉnh đăng 118 tin, bài tuyên truyền về chuyển đổi số, tập "
                        + "trung vào dịch vụ công trực tuyến và thanh toán không dùng tiền mặt./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(pdf("1.6/Kế hoạch 58 tổ chức Hội nghị triển khai chuyển đổi số năm 2023.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 58/KH-STTTT", LocalDate.of(2023, 3, 2), "KẾ HOẠCH", "KE_HOACH",
                List.of("Tổ chức Hội nghị triển khai nhiệm vụ", "chuyển đổi số năm 2023"), List.of(
                "Sở Thông tin và Truyền thông tổ chức hội nghị trực tiếp kết hợp trực tuyến đến các huyện để quán "
                        + "triệt Kế hoạch chuyển đổi số năm 2023 của tỉnh; thành phần gồm lãnh đạo các sở, ngành và "
                        + "Ủy ban nhân dân cấp huyện./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(pdf("1.6/Giấy mời 17 dự Hội thảo chuyển đổi số trong nông nghiệp.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 17/GM-STTTT", LocalDate.of(2023, 6, 5), "GIẤY MỜI", "GIAY_MOI",
                List.of("Dự Hội thảo chuyển đổi số trong sản xuất", "và tiêu thụ nông sản"), List.of(
                "Sở Thông tin và Truyền thông trân trọng kính mời đại diện lãnh đạo quý cơ quan dự hội thảo về chuyển "
                        + "đổi số trong sản xuất, tiêu thụ lúa gạo và tôm, tổ chức tại Hội trường Ủy ban nhân dân tỉnh./."),
                directorSigns(BacLieu.ICT_DIRECTOR), List.of("- Như thành phần mời;", "- Lưu: VT.")));
        files.add(pdf("1.6/Báo cáo 275 kết quả Hội nghị chuyển đổi số doanh nghiệp.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 275/BC-STTTT", LocalDate.of(2023, 11, 8), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả tổ chức Hội nghị chuyển đổi số", "cho doanh nghiệp nhỏ và vừa năm 2023"), List.of(
                "Hội nghị chuyển đổi số cho doanh nghiệp nhỏ và vừa thu hút đại diện các doanh nghiệp, hợp tác xã; "
                        + "các nhà cung cấp nền tảng số giới thiệu giải pháp quản trị, kế toán và bán hàng trực tuyến./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
    }

    private void institutions(List<SampleFile> files) throws IOException {
        files.add(docx("2.5/Nghị quyết 12 chính sách thu hút nhân lực chuyển đổi số.docx", List.of(),
                List.of("HỘI ĐỒNG NHÂN DÂN", "TỈNH BẠC LIÊU"), "Số: 12/2022/NQ-HĐND", LocalDate.of(2022, 12, 9),
                "NGHỊ QUYẾT", "NGHI_QUYET",
                List.of("Quy định chính sách thu hút, đãi ngộ nhân lực", "chuyển đổi số tỉnh Bạc Liêu"), List.of(
                HEADING + "HỘI ĐỒNG NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                HEADING + "QUYẾT NGHỊ:",
                "Điều 1. Quy định chính sách thu hút, đãi ngộ nhân lực chuyển đổi số làm việc tại các cơ quan nhà nước "
                        + "của tỉnh: hỗ trợ một lần khi tiếp nhận và phụ cấp hằng tháng cho người có trình độ cao về "
                        + "công nghệ thông tin, an toàn thông tin.",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này./."),
                List.of("CHỦ TỊCH", "", COUNCIL_CHAIR),
                List.of("- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- UBND tỉnh;", "- Lưu: VT.")));
        files.add(docx("2.6/Quyết định 845 ban hành chính sách hỗ trợ doanh nghiệp chuyển đổi số.docx", List.of(),
                PEOPLES_COMMITTEE, "Số: 845/QĐ-UBND", LocalDate.of(2023, 5, 8), "QUYẾT ĐỊNH", "QUYET_DINH",
                List.of("Ban hành Chính sách hỗ trợ doanh nghiệp nhỏ và vừa", "chuyển đổi số trên địa bàn tỉnh Bạc Liêu"),
                List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;",
                "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số trên "
                        + "địa bàn tỉnh, gồm: tư vấn đánh giá mức độ và lộ trình chuyển đổi số; hỗ trợ một phần chi phí "
                        + "thuê nền tảng số về quản trị, kế toán, hóa đơn điện tử, hợp đồng điện tử; tập huấn kỹ năng "
                        + "bán hàng trên sàn thương mại điện tử.",
                "Điều 2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Công Thương và "
                        + "Hiệp hội Doanh nghiệp tỉnh tổ chức thực hiện.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS));
        files.add(ratio("2.8/Báo cáo 196 chi ngân sách cho chuyển đổi số năm 2023.pdf", FINANCE, 196, "BC-STC",
                LocalDate.of(2023, 12, 14), "Tình hình bố trí kinh phí cho chuyển đổi số năm 2023",
                "Năm 2023, kinh phí ngân sách tỉnh bố trí cho chuyển đổi số chiếm tỷ lệ 1,8% tổng chi ngân sách địa "
                        + "phương, tập trung cho hạ tầng số, nền tảng dùng chung và an toàn thông tin.",
                FINANCE_DIRECTOR));
        files.add(pdf("2.9/Quyết định 1742 thành lập Trung tâm Chuyển đổi số tỉnh.pdf", List.of(), PEOPLES_COMMITTEE,
                "Số: 1742/QĐ-UBND", LocalDate.of(2022, 8, 30), "QUYẾT ĐỊNH", "QUYET_DINH",
                List.of("Về việc thành lập Trung tâm Chuyển đổi số", "tỉnh Bạc Liêu"), List.of(
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Thành lập Trung tâm Chuyển đổi số tỉnh Bạc Liêu, đơn vị sự nghiệp công lập trực thuộc Sở "
                        + "Thông tin và Truyền thông, trên cơ sở tổ chức lại Trung tâm Công nghệ thông tin và Truyền thông.",
                "Điều 2. Trung tâm có chức năng vận hành hạ tầng số, nền tảng dùng chung và hỗ trợ chuyển đổi số cho "
                        + "các cơ quan nhà nước của tỉnh.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS));
    }

    private void infrastructureAndPeople(List<SampleFile> files) throws IOException {
        files.add(ratio("3.2/Báo cáo 173 phủ sóng băng rộng di động đến thôn ấp.pdf", ICT_DEPARTMENT, 173, "BC-STTTT",
                LocalDate.of(2023, 9, 28), "Kết quả phủ sóng mạng băng rộng di động năm 2023",
                "Các doanh nghiệp viễn thông đã lắp đặt thêm trạm phát sóng 4G ở các ấp ven biển; tỷ lệ thôn, ấp, khóm "
                        + "được phủ sóng mạng băng rộng di động đạt 99,1%.",
                BacLieu.ICT_DIRECTOR));
        files.add(ratio("3.3/Báo cáo 180 người dân sử dụng điện thoại thông minh.pdf", ICT_DEPARTMENT, 180, "BC-STTTT",
                LocalDate.of(2023, 10, 9), "Tình hình sử dụng điện thoại thông minh của người dân năm 2023",
                "Theo số liệu thuê bao của các doanh nghiệp viễn thông, tỷ lệ dân số trưởng thành có điện thoại thông "
                        + "minh trên địa bàn tỉnh đạt 93,5%.",
                BacLieu.ICT_DIRECTOR));
        files.add(pdf("3.5/Quyết định 2074 thuê dịch vụ điện toán đám mây cho Trung tâm dữ liệu.pdf", List.of(),
                PEOPLES_COMMITTEE, "Số: 2074/QĐ-UBND", LocalDate.of(2022, 11, 15), "QUYẾT ĐỊNH", "QUYET_DINH",
                List.of("Phê duyệt phương án thuê dịch vụ điện toán đám mây", "cho Trung tâm dữ liệu tỉnh Bạc Liêu"),
                List.of(
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt phương án thuê dịch vụ điện toán đám mây để vận hành Trung tâm dữ liệu của tỉnh, "
                        + "lưu trữ các cơ sở dữ liệu dùng chung và hệ thống thông tin phục vụ chuyển đổi số.",
                "Điều 2. Sở Thông tin và Truyền thông là chủ đầu tư, tổ chức lựa chọn nhà cung cấp theo quy định.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS));
        files.add(ratio("4.2/Báo cáo 221 bồi dưỡng chuyển đổi số cho lãnh đạo các cấp.pdf", HOME_AFFAIRS, 221, "BC-SNV",
                LocalDate.of(2023, 12, 6), "Kết quả bồi dưỡng về chuyển đổi số cho lãnh đạo các cấp năm 2023",
                "Sở Nội vụ phối hợp với Học viện Chính trị khu vực tổ chức các lớp bồi dưỡng về chuyển đổi số cho "
                        + "lãnh đạo cấp tỉnh, cấp huyện và cấp xã; tỷ lệ lãnh đạo các cấp được bồi dưỡng đạt 100%.",
                BacLieu.HOME_AFFAIRS_DIRECTOR));
        files.add(ratio("4.3/Báo cáo 224 cán bộ chuyên trách công nghệ thông tin.pdf", HOME_AFFAIRS, 224, "BC-SNV",
                LocalDate.of(2023, 12, 8), "Tình hình bố trí cán bộ chuyên trách công nghệ thông tin, chuyển đổi số",
                "Các cơ quan nhà nước cấp tỉnh và cấp huyện đều bố trí cán bộ chuyên trách công nghệ thông tin, chuyển "
                        + "đổi số; tỷ lệ cơ quan có cán bộ chuyên trách đạt 100%.",
                BacLieu.HOME_AFFAIRS_DIRECTOR));
        files.add(ratio("4.4/Báo cáo 240 đào tạo chuyên sâu an toàn thông tin.pdf", ICT_DEPARTMENT, 240, "BC-STTTT",
                LocalDate.of(2023, 11, 20), "Kết quả đào tạo chuyên sâu về an toàn thông tin năm 2023",
                "Năm 2023, cán bộ chuyên trách công nghệ thông tin, an toàn thông tin được cử tham gia các khóa đào "
                        + "tạo chuyên sâu và được cấp chứng chỉ; tỷ lệ cán bộ chuyên trách được đào tạo đạt 92,3%.",
                BacLieu.ICT_DIRECTOR));
        files.add(pdf("4.5/Quyết định 2315 kiện toàn Tổ công nghệ số cộng đồng năm 2023.pdf", List.of(),
                PEOPLES_COMMITTEE, "Số: 2315/QĐ-UBND", LocalDate.of(2023, 12, 1), "QUYẾT ĐỊNH", "QUYET_DINH",
                List.of("Về việc kiện toàn Tổ công nghệ số cộng đồng", "các ấp, khóm năm 2023"), List.of(
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Kiện toàn Tổ công nghệ số cộng đồng tại 504 ấp, khóm của tỉnh; đến nay tỷ lệ ấp, khóm có Tổ "
                        + "công nghệ số cộng đồng hoạt động đạt 100%.",
                "Điều 2. Ủy ban nhân dân cấp huyện hướng dẫn các tổ hỗ trợ người dân sử dụng dịch vụ công trực tuyến "
                        + "và các nền tảng số.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS));
        files.add(ratio("4.6/Báo cáo 252 phổ cập kỹ năng số cho người dân.pdf", ICT_DEPARTMENT, 252, "BC-STTTT",
                LocalDate.of(2023, 12, 1), "Kết quả phổ cập kỹ năng số cho người dân năm 2023",
                "Thông qua Tổ công nghệ số cộng đồng và nền tảng học trực tuyến mở đại trà, tỷ lệ người dân trong độ "
                        + "tuổi lao động được phổ cập kỹ năng số đạt 86,1%.",
                BacLieu.ICT_DIRECTOR));
        files.add(ratio("4.7/Báo cáo 310 giảng dạy tin học và kỹ năng số cho học sinh.pdf", EDUCATION, 310,
                "BC-SGDĐT", LocalDate.of(2023, 11, 24), "Kết quả giảng dạy tin học, kỹ năng số cho học sinh năm học 2023",
                "Toàn bộ trường phổ thông trên địa bàn tỉnh tổ chức dạy môn tin học theo chương trình giáo dục phổ "
                        + "thông, lồng ghép kỹ năng số; tỷ lệ học sinh được học đạt 100%.",
                EDUCATION_DIRECTOR));
    }

    private void security(List<SampleFile> files) throws IOException {
        files.add(ratio("5.1/Báo cáo 265 phê duyệt cấp độ các hệ thống thông tin.pdf", ICT_DEPARTMENT, 265, "BC-STTTT",
                LocalDate.of(2023, 12, 11), "Kết quả phê duyệt hồ sơ đề xuất cấp độ các hệ thống thông tin",
                "Đến hết năm 2023, các hệ thống thông tin của cơ quan nhà nước trên địa bàn tỉnh đã được phê duyệt hồ "
                        + "sơ đề xuất cấp độ; tỷ lệ đạt 100%.",
                BacLieu.ICT_DIRECTOR));
        files.add(ratio("5.2/Báo cáo 268 triển khai phương án bảo đảm an toàn thông tin theo cấp độ.pdf",
                ICT_DEPARTMENT, 268, "BC-STTTT", LocalDate.of(2023, 12, 13),
                "Kết quả triển khai phương án bảo đảm an toàn thông tin theo cấp độ",
                "Tỷ lệ hệ thống thông tin đã triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ cấp độ "
                        + "được phê duyệt đạt 92,9%; các hệ thống còn lại hoàn thành trong quý I năm 2024.",
                BacLieu.ICT_DIRECTOR));
        files.add(ratio("5.4/Báo cáo 271 phòng chống mã độc tập trung.pdf", ICT_DEPARTMENT, 271, "BC-STTTT",
                LocalDate.of(2023, 12, 15), "Kết quả triển khai giải pháp phòng, chống mã độc tập trung",
                "Tỷ lệ máy tính của các cơ quan nhà nước được cài đặt phần mềm phòng, chống mã độc có quản trị tập "
                        + "trung đạt 97,3%.",
                BacLieu.ICT_DIRECTOR));
        files.add(pdf("5.6/Báo cáo 302 kết quả diễn tập thực chiến an toàn thông tin mạng.pdf", PARENT, ICT_DEPARTMENT,
                "Số: 302/BC-STTTT", LocalDate.of(2023, 12, 18), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả diễn tập thực chiến an toàn thông tin mạng", "tỉnh Bạc Liêu năm 2023"), List.of(
                "Sở Thông tin và Truyền thông phối hợp với Công an tỉnh tổ chức diễn tập thực chiến trên hệ thống "
                        + "thật; các đội phòng thủ đã phát hiện, ngăn chặn các kịch bản tấn công vào Cổng dịch vụ công "
                        + "của tỉnh./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(pdf("5.7/Báo cáo 142 kiểm tra đánh giá an toàn thông tin 6 tháng đầu năm.pdf", PARENT,
                ICT_DEPARTMENT, "Số: 142/BC-STTTT", LocalDate.of(2023, 7, 14), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả kiểm tra, đánh giá an toàn thông tin", "6 tháng đầu năm 2023"), List.of(
                "Đoàn kiểm tra của Sở Thông tin và Truyền thông đã kiểm tra, đánh giá an toàn thông tin tại các sở, "
                        + "ngành và Ủy ban nhân dân cấp huyện; các lỗ hổng phát hiện được yêu cầu khắc phục ngay./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
        files.add(ratio("5.8/Báo cáo 283 kinh phí bảo đảm an toàn thông tin năm 2023.pdf", ICT_DEPARTMENT, 283,
                "BC-STTTT", LocalDate.of(2023, 12, 19), "Kinh phí bảo đảm an toàn thông tin năm 2023",
                "Kinh phí bố trí cho an toàn thông tin năm 2023 chiếm tỷ lệ 11,2% tổng kinh phí chuyển đổi số, công "
                        + "nghệ thông tin của tỉnh.",
                BacLieu.ICT_DIRECTOR));
        files.add(pdf("6.2/Quyết định 1215 thành lập Trung tâm giám sát điều hành thông minh.pdf", List.of(),
                PEOPLES_COMMITTEE, "Số: 1215/QĐ-UBND", LocalDate.of(2022, 6, 20), "QUYẾT ĐỊNH", "QUYET_DINH",
                List.of("Về việc thành lập Trung tâm giám sát,", "điều hành thông minh tỉnh Bạc Liêu"), List.of(
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Thành lập Trung tâm giám sát, điều hành thông minh tỉnh Bạc Liêu, đặt tại Sở Thông tin và "
                        + "Truyền thông, phục vụ chỉ đạo, điều hành của lãnh đạo tỉnh.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS));
    }

    private void government(List<SampleFile> files) throws IOException {
        files.add(pdf("7.1/Báo cáo 268 cung cấp dịch vụ công trực tuyến toàn trình năm 2023.pdf", List.of(),
                PEOPLES_COMMITTEE, "Số: 268/BC-UBND", LocalDate.of(2023, 12, 20), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả cung cấp dịch vụ công trực tuyến", "toàn trình năm 2023"), List.of(
                HEADING + "I. KẾT QUẢ THỰC HIỆN",
                "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng "
                        + "dịch vụ công của tỉnh đạt 92,4%.",
                HEADING + "II. NHIỆM VỤ TIẾP THEO",
                "Tiếp tục rà soát, tái cấu trúc quy trình để cung cấp toàn trình các thủ tục còn lại./."),
                CHAIRMAN_SIGNS, List.of("- Bộ Thông tin và Truyền thông;", "- Văn phòng Chính phủ;", "- Lưu: VT, KGVX.")));
        files.add(ratio("7.3/Báo cáo 251 thanh toán trực tuyến phí lệ phí thủ tục hành chính.pdf", OFFICE, 251, "BC-VP",
                LocalDate.of(2023, 12, 15), "Kết quả thanh toán trực tuyến trong giải quyết thủ tục hành chính",
                "Trong năm 2023, tỷ lệ hồ sơ thủ tục hành chính có phát sinh phí, lệ phí được thanh toán trực tuyến "
                        + "đạt 74,8%.",
                BacLieu.OFFICE_CHIEF, "CHÁNH VĂN PHÒNG"));
        files.add(ratio("7.4/Báo cáo 253 số hóa hồ sơ kết quả giải quyết thủ tục hành chính.pdf", OFFICE, 253, "BC-VP",
                LocalDate.of(2023, 12, 18), "Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa tại bộ phận một cửa các cấp đạt 94,6%.",
                BacLieu.OFFICE_CHIEF, "CHÁNH VĂN PHÒNG"));
        files.add(ratio("7.5/Báo cáo 260 văn bản điện tử có ký số.pdf", ICT_DEPARTMENT, 260, "BC-STTTT",
                LocalDate.of(2023, 12, 12), "Kết quả trao đổi văn bản điện tử có ký số giữa các cơ quan nhà nước",
                "Theo Hệ thống quản lý văn bản và điều hành, tỷ lệ văn bản điện tử có ký số được trao đổi giữa các cơ "
                        + "quan nhà nước đạt 98,7%.",
                BacLieu.ICT_DIRECTOR));
        Object[][] openData = {
                {ICT_DEPARTMENT, "STTTT", BacLieu.ICT_DIRECTOR, 45, LocalDate.of(2023, 4, 10), "Sở Thông tin và Truyền thông",
                        "danh bạ cơ quan nhà nước, điểm phát sóng"},
                {ENVIRONMENT, "STNMT", ENVIRONMENT_DIRECTOR, 212, LocalDate.of(2023, 5, 16), "Sở Tài nguyên và Môi trường",
                        "quan trắc môi trường, mốc ranh giới"},
                {CULTURE, "SVHTTDL", CULTURE_DIRECTOR, 133, LocalDate.of(2023, 6, 7), "Sở Văn hóa, Thể thao và Du lịch",
                        "điểm du lịch, di tích lịch sử - văn hóa"},
                {HEALTH, "SYT", BacLieu.HEALTH_DIRECTOR, 318, LocalDate.of(2023, 8, 22), "Sở Y tế",
                        "cơ sở khám bệnh, chữa bệnh, nhà thuốc"},
                {EDUCATION, "SGDĐT", EDUCATION_DIRECTOR, 1406, LocalDate.of(2023, 10, 3), "Sở Giáo dục và Đào tạo",
                        "trường học, điểm tuyển sinh"}};
        for (Object[] d : openData) {
            @SuppressWarnings("unchecked")
            List<String> issuer = (List<String>) d[0];
            String body = (String) d[5];
            files.add(pdf("7.8/Quyết định " + d[3] + " công bố dữ liệu mở " + d[1] + ".pdf", PARENT, issuer,
                    "Số: " + d[3] + "/QĐ-" + d[1], (LocalDate) d[4], "QUYẾT ĐỊNH", "QUYET_DINH",
                    List.of("Công bố danh mục dữ liệu mở", "của " + body + " năm 2023"), List.of(
                    HEADING + "QUYẾT ĐỊNH:",
                    "Điều 1. Công bố danh mục dữ liệu mở của " + body + " trên Cổng dữ liệu của tỉnh, gồm dữ liệu về "
                            + d[6] + ", để tổ chức, cá nhân khai thác, sử dụng tự do.",
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."),
                    directorSigns((String) d[2]), List.of("- UBND tỉnh (b/c);", "- Lưu: VT.")));
        }
        files.add(docx("7.10/Báo cáo 278 hệ thống họp trực tuyến đến cấp xã.docx", PARENT, ICT_DEPARTMENT,
                "Số: 278/BC-STTTT", LocalDate.of(2023, 11, 27), "BÁO CÁO", "BAO_CAO",
                List.of("Kết quả vận hành hệ thống họp trực tuyến", "từ tỉnh đến cấp xã năm 2023"), List.of(
                "Hệ thống họp trực tuyến của tỉnh đã kết nối đến toàn bộ Ủy ban nhân dân cấp xã; các điểm cầu được "
                        + "sử dụng thường xuyên cho các cuộc họp trực tuyến của Ủy ban nhân dân tỉnh và các sở, ngành./."),
                directorSigns(BacLieu.ICT_DIRECTOR), REPORT_RECIPIENTS));
    }

    private void economyAndSociety(List<SampleFile> files) throws IOException {
        files.add(ratio("8.1/Báo cáo 297 tỷ trọng kinh tế số trong GRDP.pdf", PLANNING, 297, "BC-SKHĐT",
                LocalDate.of(2023, 12, 20), "Ước tính tỷ trọng kinh tế số trong GRDP của tỉnh năm 2023",
                "Theo số liệu của Cục Thống kê tỉnh, tỷ trọng kinh tế số trong GRDP của tỉnh năm 2023 ước đạt 9,6%.",
                PLANNING_DIRECTOR));
        files.add(docx("8.2/Báo cáo 305 doanh nghiệp công nghệ số trên địa bàn.docx", PARENT, PLANNING,
                "Số: 305/BC-SKHĐT", LocalDate.of(2023, 12, 21), "BÁO CÁO", "BAO_CAO",
                List.of("Tình hình phát triển doanh nghiệp công nghệ số", "trên địa bàn tỉnh năm 2023"), List.of(
                "Theo Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, đến ngày 30 tháng 11 năm 2023 trên địa bàn "
                        + "tỉnh có 186 doanh nghiệp công nghệ số đang hoạt động, tăng so với năm trước./."),
                directorSigns(PLANNING_DIRECTOR), REPORT_RECIPIENTS));
        files.add(ratio("8.3/Báo cáo 190 sử dụng hóa đơn điện tử.pdf", PLANNING, 190, "BC-SKHĐT",
                LocalDate.of(2023, 10, 30), "Tình hình doanh nghiệp sử dụng hóa đơn điện tử năm 2023",
                "Theo số liệu của cơ quan thuế, tỷ lệ doanh nghiệp đang hoạt động trên địa bàn tỉnh sử dụng hóa đơn "
                        + "điện tử đạt 98,9%.",
                PLANNING_DIRECTOR));
        files.add(ratio("8.4/Báo cáo 77 sử dụng hợp đồng điện tử.pdf", TRADE, 77, "BC-SCT", LocalDate.of(2023, 12, 11),
                "Tình hình doanh nghiệp sử dụng hợp đồng điện tử năm 2023",
                "Theo số liệu của các nhà cung cấp dịch vụ chứng thực hợp đồng điện tử, tỷ lệ doanh nghiệp của tỉnh "
                        + "sử dụng hợp đồng điện tử đạt 82,7%.",
                BacLieu.TRADE_DIRECTOR));
        files.add(ratio("8.5/Báo cáo 308 doanh nghiệp nhỏ và vừa sử dụng nền tảng số.pdf", PLANNING, 308, "BC-SKHĐT",
                LocalDate.of(2023, 12, 22), "Kết quả hỗ trợ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
                "Qua Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, tỷ lệ doanh nghiệp nhỏ và vừa sử dụng "
                        + "nền tảng số đạt 76,3%.",
                PLANNING_DIRECTOR));
        files.add(ratio("8.7/Báo cáo 81 doanh thu thương mại điện tử.pdf", TRADE, 81, "BC-SCT", LocalDate.of(2023, 12, 19),
                "Doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa năm 2023",
                "Doanh thu thương mại điện tử năm 2023 ước chiếm tỷ trọng 5,4% tổng mức bán lẻ hàng hóa trên địa bàn "
                        + "tỉnh.",
                BacLieu.TRADE_DIRECTOR));
        files.add(ratio("9.1/Báo cáo 84 tài khoản thanh toán điện tử của người dân.pdf", TRADE, 84, "BC-SCT",
                LocalDate.of(2023, 12, 21), "Tình hình người dân sử dụng tài khoản thanh toán điện tử năm 2023",
                "Theo số liệu của Ngân hàng Nhà nước chi nhánh tỉnh, tỷ lệ dân số trưởng thành có tài khoản thanh "
                        + "toán điện tử (tài khoản ngân hàng, ví điện tử, Mobile Money) đạt 90,2%.",
                BacLieu.TRADE_DIRECTOR));
        files.add(ratio("9.2/Báo cáo 262 định danh điện tử.pdf", ICT_DEPARTMENT, 262, "BC-STTTT",
                LocalDate.of(2023, 12, 14), "Kết quả triển khai định danh điện tử trên địa bàn tỉnh năm 2023",
                "Phối hợp với Công an tỉnh, tỷ lệ dân số có tài khoản định danh điện tử được kích hoạt đạt 92,6%.",
                BacLieu.ICT_DIRECTOR));
        files.add(ratio("9.4/Báo cáo 160 triển khai bệnh án điện tử.pdf", HEALTH, 160, "BC-SYT",
                LocalDate.of(2023, 12, 15), "Kết quả triển khai bệnh án điện tử tại các cơ sở khám chữa bệnh",
                "Các bệnh viện tuyến tỉnh và trung tâm y tế tuyến huyện đã triển khai bệnh án điện tử hoặc khám "
                        + "chữa bệnh từ xa; tỷ lệ cơ sở triển khai đạt 100%.",
                BacLieu.HEALTH_DIRECTOR));
        files.add(ratio("9.5/Báo cáo 318 thu học phí không dùng tiền mặt.pdf", EDUCATION, 318, "BC-SGDĐT",
                LocalDate.of(2023, 12, 7), "Kết quả thu học phí không dùng tiền mặt năm học 2023 - 2024",
                "Tỷ lệ cơ sở giáo dục trên địa bàn tỉnh thu học phí, các khoản thu không dùng tiền mặt đạt 93,6%.",
                EDUCATION_DIRECTOR));
        files.add(ratio("9.6/Báo cáo 244 chi trả an sinh xã hội qua tài khoản.pdf", LABOUR, 244, "BC-SLĐTBXH",
                LocalDate.of(2023, 12, 12), "Kết quả chi trả chính sách an sinh xã hội qua tài khoản năm 2023",
                "Tỷ lệ người hưởng chính sách an sinh xã hội nhận trợ cấp qua tài khoản ngân hàng hoặc ví điện tử đạt "
                        + "96,1%.",
                LABOUR_DIRECTOR));
    }

    /** A department's one-page report stating one ratio, signed by its director. */
    private SampleFile ratio(String path, List<String> issuer, int number, String symbol, LocalDate on,
                             String subject, String finding, String director) throws IOException {
        return ratio(path, issuer, number, symbol, on, subject, finding, director, "GIÁM ĐỐC");
    }

    private SampleFile ratio(String path, List<String> issuer, int number, String symbol, LocalDate on,
                             String subject, String finding, String signer, String position) throws IOException {
        return pdf(path, PARENT, issuer, "Số: " + number + "/" + symbol, on, "BÁO CÁO", "BAO_CAO", split(subject),
                List.of(HEADING + "I. KẾT QUẢ THỰC HIỆN", finding,
                        HEADING + "II. ĐỀ XUẤT",
                        "Đề nghị Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các cơ quan, đơn vị phối hợp duy trì kết quả "
                                + "và cập nhật số liệu định kỳ./."),
                List.of(position, "", signer), REPORT_RECIPIENTS);
    }

    private SampleFile pdf(String path, List<String> parent, List<String> issuer, String numberLine, LocalDate on,
                           String typeName, String docType, List<String> subject, List<String> body,
                           List<String> signature, List<String> recipients) throws IOException {
        DocumentText text = text(parent, issuer, numberLine, on, typeName, subject, body, signature, recipients);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, docType, on, PROVINCE));
    }

    private SampleFile docx(String path, List<String> parent, List<String> issuer, String numberLine, LocalDate on,
                            String typeName, String docType, List<String> subject, List<String> body,
                            List<String> signature, List<String> recipients) throws IOException {
        DocumentText text = text(parent, issuer, numberLine, on, typeName, subject, body, signature, recipients);
        return new SampleFile(path, docx.write(text, String.join(" ", issuer), on),
                ExpectedFields.of(text, docType, on, PROVINCE));
    }

    private static DocumentText text(List<String> parent, List<String> issuer, String numberLine, LocalDate on,
                                     String typeName, List<String> subject, List<String> body, List<String> signature,
                                     List<String> recipients) {
        List<String> addressees = typeName == null
                ? List.of("Kính gửi: - Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố.") : List.of();
        return new DocumentText(parent, issuer, false, numberLine,
                placeDate(PROVINCE, on.getDayOfMonth(), on.getMonthValue(), on.getYear()), typeName, subject,
                addressees, body, signature, recipients, null);
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
