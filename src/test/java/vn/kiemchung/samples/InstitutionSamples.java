package vn.kiemchung.samples;

import static vn.kiemchung.samples.AwarenessSamples.info;
import static vn.kiemchung.samples.BacLieu.CHAIRMAN_SIGNS;
import static vn.kiemchung.samples.BacLieu.PEOPLES_COMMITTEE;
import static vn.kiemchung.samples.BacLieu.PROVINCE;
import static vn.kiemchung.samples.BacLieu.USUAL_RECIPIENTS;
import static vn.kiemchung.samples.BacLieu.placeDate;
import static vn.kiemchung.samples.DocumentText.HEADING;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence for main indicator 2, Thể chế số (digital institutions): components 2.1–2.10, with
 * the planted defects; {@link CoverageSamples} adds 2.5, 2.6, 2.8 and 2.9.
 */
final class InstitutionSamples {

    /** The 2023 annual plan; also filed under 4.1 by {@link ActivitySamples} (DUPLICATE_EVIDENCE). */
    static final String ANNUAL_PLAN = "2.3/Kế hoạch 38 chuyển đổi số năm 2023.pdf";

    private final PdfDocumentWriter pdf = new PdfDocumentWriter();

    List<SampleFile> files() throws IOException {
        List<SampleFile> files = new ArrayList<>();
        files.add(partyResolution());
        files.add(programme());
        files.add(districtPlan());
        files.add(annualPlan(ANNUAL_PLAN, 38, LocalDate.of(2023, 2, 20)));
        files.add(annualPlan("2.3/Kế hoạch 27 chuyển đổi số năm 2021.pdf", 27, LocalDate.of(2021, 2, 5)));
        files.add(architectureCopy());
        files.add(otherProvinceRegulation());
        files.add(letterInsteadOfDecision());
        return files;
    }

    /** 2.1: the provincial Party Committee's resolution, in the Party's own format (HD 36-HD/VPTW). */
    private SampleFile partyResolution() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("TỈNH ỦY BẠC LIÊU"), true, "Số 05-NQ/TU",
                placeDate(PROVINCE, 10, 1, 2023), "NGHỊ QUYẾT",
                List.of("của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Bạc Liêu", "đến năm 2025, định hướng đến năm 2030"),
                List.of(), List.of(
                HEADING + "I. TÌNH HÌNH VÀ NGUYÊN NHÂN",
                "Những năm qua, các cấp ủy, chính quyền trong tỉnh đã quan tâm lãnh đạo ứng dụng công nghệ thông tin "
                        + "và bước đầu triển khai chuyển đổi số. Tuy nhiên, nhận thức về chuyển đổi số ở một số nơi chưa "
                        + "đầy đủ; hạ tầng số ở vùng nông thôn còn thiếu; nguồn nhân lực số còn mỏng.",
                HEADING + "II. QUAN ĐIỂM, MỤC TIÊU",
                "Chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị; người đứng đầu cấp ủy, "
                        + "chính quyền trực tiếp lãnh đạo, chỉ đạo. Phấn đấu đến năm 2025 tỉnh Bạc Liêu thuộc nhóm khá "
                        + "của cả nước về chính quyền số, kinh tế số và xã hội số.",
                HEADING + "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
                "1. Nâng cao nhận thức, đổi mới tư duy về chuyển đổi số trong cán bộ, đảng viên và nhân dân.",
                "2. Hoàn thiện thể chế, cơ chế, chính sách thúc đẩy chuyển đổi số; phát triển hạ tầng số và "
                        + "các nền tảng số dùng chung của tỉnh.",
                "3. Phát triển nguồn nhân lực số; bảo đảm an toàn, an ninh mạng.",
                HEADING + "IV. TỔ CHỨC THỰC HIỆN",
                "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng chương trình, kế hoạch thực hiện Nghị quyết; "
                        + "các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy quán triệt và tổ chức thực hiện."),
                List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", BacLieu.PARTY_SECRETARY),
                List.of("- Ban Bí thư Trung ương Đảng (để b/c);", "- Các đồng chí Tỉnh ủy viên;",
                        "- Các huyện ủy, thị ủy, thành ủy;", "- Lưu Văn phòng Tỉnh ủy."), null);
        String path = "2.1/Nghị quyết 05-NQ-TU về chuyển đổi số.pdf";
        LocalDate on = LocalDate.of(2023, 1, 10);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "NGHI_QUYET", on, PROVINCE));
    }

    /** 2.2: the multi-year programme, approved by decision and uploaded as the Word file. */
    private SampleFile programme() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 1320/QĐ-UBND",
                placeDate(PROVINCE, 22, 5, 2023), "QUYẾT ĐỊNH",
                List.of("Phê duyệt Chương trình chuyển đổi số tỉnh Bạc Liêu", "giai đoạn 2023 - 2025, định hướng đến năm 2030"),
                List.of(), List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ Nghị quyết số 05-NQ/TU ngày 10 tháng 01 năm 2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số "
                        + "tỉnh Bạc Liêu đến năm 2025, định hướng đến năm 2030;",
                "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt Chương trình chuyển đổi số tỉnh Bạc Liêu giai đoạn 2023 - 2025, định hướng đến "
                        + "năm 2030 (Chương trình kèm theo), với ba trụ cột chính quyền số, kinh tế số và xã hội số.",
                "Điều 2. Sở Thông tin và Truyền thông chủ trì, hướng dẫn các sở, ngành, địa phương xây dựng kế hoạch "
                        + "chuyển đổi số hằng năm theo Chương trình; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các "
                        + "sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm "
                        + "thi hành Quyết định này./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        LocalDate on = LocalDate.of(2023, 5, 22);
        return new SampleFile("2.2/Quyết định 1320 phê duyệt Chương trình chuyển đổi số 2023-2025.docx",
                new DocxWriter().write(text, "VP UBND tỉnh Bạc Liêu", on),
                ExpectedFields.of(text, "QUYET_DINH", on, PROVINCE));
    }

    /** 2.2 counts the province's own programme; a district People's Committee issued this one (ISSUER_MISMATCH). */
    private SampleFile districtPlan() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("ỦY BAN NHÂN DÂN", "HUYỆN HỒNG DÂN"), false,
                "Số: 76/KH-UBND", placeDate("Hồng Dân", 14, 4, 2023), "KẾ HOẠCH",
                List.of("Chuyển đổi số huyện Hồng Dân giai đoạn 2023 - 2025"), List.of(), List.of(
                "Thực hiện Nghị quyết số 05-NQ/TU ngày 10 tháng 01 năm 2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số "
                        + "tỉnh Bạc Liêu, Ủy ban nhân dân huyện Hồng Dân ban hành Kế hoạch chuyển đổi số huyện giai đoạn "
                        + "2023 - 2025 như sau:",
                HEADING + "I. MỤC TIÊU",
                "Hình thành chính quyền số cấp huyện và cấp xã; đưa các hộ sản xuất lúa - tôm, cơ sở kinh doanh nông "
                        + "sản của huyện lên sàn thương mại điện tử; phổ cập kỹ năng số cho người dân.",
                HEADING + "II. NHIỆM VỤ",
                "1. Triển khai hệ thống quản lý văn bản và điều hành đến 100% xã, thị trấn.",
                "2. Thành lập và duy trì hoạt động tổ công nghệ số cộng đồng ở các ấp.",
                HEADING + "III. TỔ CHỨC THỰC HIỆN",
                "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, theo dõi, tổng hợp, báo cáo Ủy ban nhân dân "
                        + "huyện và Sở Thông tin và Truyền thông./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Võ Thành Lợi"),
                List.of("- Sở Thông tin và Truyền thông;", "- TT. Huyện ủy, TT. HĐND huyện;",
                        "- UBND các xã, thị trấn;", "- Lưu: VT."), null);
        String path = "2.2/Kế hoạch 76 chuyển đổi số huyện Hồng Dân.pdf";
        LocalDate on = LocalDate.of(2023, 4, 14);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "KE_HOACH", on, PROVINCE).defects("ISSUER_MISMATCH"));
    }

    /**
     * 2.3: the annual plan. The 2023 plan is good; the 2021 one is the same kind of document
     * for another year (DATE_OUT_OF_PERIOD).
     */
    private SampleFile annualPlan(String path, int number, LocalDate on) throws IOException {
        int year = on.getYear();
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: " + number + "/KH-UBND",
                placeDate(PROVINCE, on.getDayOfMonth(), on.getMonthValue(), year), "KẾ HOẠCH",
                List.of("Chuyển đổi số tỉnh Bạc Liêu năm " + year), List.of(), List.of(
                HEADING + "I. MỤC ĐÍCH, YÊU CẦU",
                "Cụ thể hóa các nhiệm vụ chuyển đổi số của tỉnh trong năm " + year + "; phân công rõ cơ quan chủ trì, "
                        + "thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; gắn chuyển đổi số với cải cách hành chính.",
                HEADING + "II. NHIỆM VỤ",
                "1. Chính quyền số: cung cấp dịch vụ công trực tuyến toàn trình; xử lý hồ sơ công việc trên môi trường "
                        + "mạng; kết nối, chia sẻ dữ liệu qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh.",
                "2. Nhân lực số: tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức các cấp; tập huấn về "
                        + "an toàn thông tin cho cán bộ chuyên trách công nghệ thông tin.",
                "3. Kinh tế số và xã hội số: hỗ trợ hộ sản xuất, doanh nghiệp nhỏ và vừa sử dụng nền tảng số; phát "
                        + "triển tổ công nghệ số cộng đồng; thúc đẩy thanh toán không dùng tiền mặt.",
                "4. An toàn thông tin mạng: phê duyệt hồ sơ cấp độ các hệ thống thông tin; tổ chức diễn tập.",
                HEADING + "III. KINH PHÍ",
                "Kinh phí thực hiện từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.",
                HEADING + "IV. TỔ CHỨC THỰC HIỆN",
                "Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân "
                        + "dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch này./."),
                CHAIRMAN_SIGNS, USUAL_RECIPIENTS, null);
        ExpectedFields expected = ExpectedFields.of(text, "KE_HOACH", on, PROVINCE);
        expected = year == 2023 ? expected.defects("DUPLICATE_EVIDENCE") : expected.defects("DATE_OUT_OF_PERIOD");
        return new SampleFile(path, pdf.write(text, info(text, path, on)), expected);
    }

    /** 2.4: a certified copy ("SAO Y") the provincial office made of the architecture decision. */
    private SampleFile architectureCopy() throws IOException {
        DocumentText original = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 1056/QĐ-UBND",
                placeDate(PROVINCE, 12, 6, 2023), "QUYẾT ĐỊNH",
                List.of("Ban hành Kiến trúc Chính quyền số tỉnh Bạc Liêu,", "phiên bản 3.0"), List.of(), List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Kiến trúc Chính quyền số tỉnh Bạc Liêu, phiên bản 3.0, làm "
                        + "căn cứ để các cơ quan nhà nước của tỉnh triển khai các hệ thống thông tin, nền tảng số và "
                        + "cơ sở dữ liệu bảo đảm kết nối, chia sẻ, phục vụ chuyển đổi số.",
                "Điều 2. Sở Thông tin và Truyền thông chịu trách nhiệm hướng dẫn, kiểm tra việc áp dụng Kiến trúc; "
                        + "cập nhật Kiến trúc khi có thay đổi.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các "
                        + "sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm "
                        + "thi hành Quyết định này./."),
                CHAIRMAN_SIGNS, List.of("- Như Điều 3;", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT, KGVX."), null);
        DocumentText copy = original.withCopy(new DocumentText.CertifiedCopy(
                List.of("UBND TỈNH BẠC LIÊU", "VĂN PHÒNG"), "Số: 112/SY-VP", placeDate(PROVINCE, 14, 6, 2023),
                List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", BacLieu.OFFICE_CHIEF),
                List.of("- Sở Thông tin và Truyền thông;", "- Lưu: VT.")));
        String path = "2.4/Bản sao y Quyết định 1056 Kiến trúc chính quyền số 3.0.pdf";
        LocalDate on = LocalDate.of(2023, 6, 12);
        return new SampleFile(path, pdf.write(copy, info(copy, path, LocalDate.of(2023, 6, 14))),
                ExpectedFields.of(copy, "QUYET_DINH", on, PROVINCE));
    }

    /** 2.7: a well-made regulation, but of Sóc Trăng province, uploaded by mistake (WRONG_PROVINCE). */
    private SampleFile otherProvinceRegulation() throws IOException {
        DocumentText text = new DocumentText(List.of(), List.of("ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"), false,
                "Số: 2210/QĐ-UBND", placeDate("Sóc Trăng", 25, 9, 2023), "QUYẾT ĐỊNH",
                List.of("Ban hành Quy chế quản lý, vận hành và khai thác", "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Sóc Trăng"),
                List.of(), List.of(
                HEADING + "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tỉnh Sóc Trăng.",
                HEADING + "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và khai thác Nền tảng tích hợp, chia "
                        + "sẻ dữ liệu (LGSP) tỉnh Sóc Trăng, phục vụ chuyển đổi số và kết nối với Nền tảng tích hợp, chia "
                        + "sẻ dữ liệu quốc gia.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các cơ "
                        + "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Thạch Văn Sơn"),
                List.of("- Như Điều 3;", "- Bộ Thông tin và Truyền thông;", "- Lưu: VT, KGVX."), null);
        String path = "2.7/Quyết định 2210 ban hành Quy chế nền tảng LGSP.pdf";
        LocalDate on = LocalDate.of(2023, 9, 25);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "QUYET_DINH", on, "Sóc Trăng").defects("WRONG_PROVINCE"));
    }

    /** 2.10 asks for the decision issuing the province's own index; this is a letter about it (DOC_TYPE_MISMATCH). */
    private SampleFile letterInsteadOfDecision() throws IOException {
        DocumentText text = new DocumentText(List.of(), PEOPLES_COMMITTEE, false, "Số: 2456/UBND-KGVX",
                placeDate(PROVINCE, 4, 8, 2023), null,
                List.of("V/v triển khai đánh giá mức độ chuyển đổi số", "của các sở, ngành, địa phương năm 2023"),
                List.of("Kính gửi: - Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố."), List.of(
                "Để có cơ sở đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành, địa phương năm 2023, Ủy ban nhân "
                        + "dân tỉnh đề nghị các cơ quan, đơn vị tự đánh giá theo Bộ chỉ số đánh giá chuyển đổi số do Sở "
                        + "Thông tin và Truyền thông hướng dẫn và cập nhật kết quả lên hệ thống trước ngày 30 tháng 11 "
                        + "năm 2023.",
                "Giao Sở Thông tin và Truyền thông tổng hợp, thẩm định kết quả tự đánh giá, báo cáo Ủy ban nhân dân tỉnh "
                        + "trong tháng 12 năm 2023./."),
                CHAIRMAN_SIGNS, List.of("- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."), null);
        String path = "2.10/Công văn 2456 triển khai đánh giá chỉ số chuyển đổi số sở ngành.pdf";
        LocalDate on = LocalDate.of(2023, 8, 4);
        return new SampleFile(path, pdf.write(text, info(text, path, on)),
                ExpectedFields.of(text, "CONG_VAN", on, PROVINCE).defects("DOC_TYPE_MISMATCH"));
    }
}
