package vn.kiemchung.samples;

import java.util.List;

/**
 * The values the province claims in self-assessment.csv: every ratio and MIN_MAX component, and
 * the counts of 1.2 and 7.8. Most agree with the evidence; 7.6
 * claims more than its report states (CLAIM_MISMATCH), 3.1 claims a figure no evidence states
 * (CLAIM_UNSUPPORTED) and 5.5 claims a response team but has no folder (EVIDENCE_MISSING).
 */
final class SelfAssessment {

    record Claim(String code, String value, String unit, String note) {
    }

    static final List<Claim> CLAIMS = List.of(
            new Claim("1.1", "1", "", "Chủ tịch UBND tỉnh là Trưởng Ban Chỉ đạo chuyển đổi số (QĐ 412/QĐ-UBND)"),
            new Claim("1.2", "4", "phiên họp", "Số phiên họp Ban Chỉ đạo chuyển đổi số do Chủ tịch UBND tỉnh chủ trì năm 2023"),
            new Claim("1.3", "75", "%", "Tỷ lệ văn bản chỉ đạo chuyên đề chuyển đổi số do Chủ tịch UBND tỉnh trực tiếp ký (3/4)"),
            new Claim("2.8", "1.8", "%", "Tỷ lệ chi ngân sách cho chuyển đổi số trên tổng chi ngân sách tỉnh"),
            new Claim("3.1", "78.4", "%", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"),
            new Claim("3.2", "99.1", "%", "Tỷ lệ thôn, ấp, khóm được phủ sóng băng rộng di động"),
            new Claim("3.3", "93.5", "%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh"),
            new Claim("3.4", "100", "%", "Tỷ lệ cơ quan nhà nước các cấp kết nối mạng truyền số liệu chuyên dùng"),
            new Claim("4.1", "91.2", "%", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số"),
            new Claim("4.2", "100", "%", "Tỷ lệ lãnh đạo các cấp được bồi dưỡng về chuyển đổi số"),
            new Claim("4.3", "100", "%", "Tỷ lệ cơ quan nhà nước có cán bộ chuyên trách công nghệ thông tin"),
            new Claim("4.4", "92.3", "%", "Tỷ lệ cán bộ chuyên trách được đào tạo chuyên sâu, cấp chứng chỉ an toàn thông tin"),
            new Claim("4.5", "100", "%", "Tỷ lệ ấp, khóm có Tổ công nghệ số cộng đồng"),
            new Claim("4.6", "86.1", "%", "Tỷ lệ người dân được phổ cập kỹ năng số"),
            new Claim("4.7", "100", "%", "Tỷ lệ học sinh được học tin học, kỹ năng số"),
            new Claim("5.1", "100", "%", "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ"),
            new Claim("5.2", "92.9", "%", "Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin"),
            new Claim("5.4", "97.3", "%", "Tỷ lệ máy tính cài phần mềm phòng, chống mã độc có quản trị tập trung"),
            new Claim("5.5", "1", "đội", "Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh"),
            new Claim("5.8", "11.2", "%", "Tỷ lệ kinh phí an toàn thông tin trên tổng kinh phí chuyển đổi số, công nghệ thông tin"),
            new Claim("7.1", "92.4", "%", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình"),
            new Claim("7.2", "56.8", "%", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến"),
            new Claim("7.3", "74.8", "%", "Tỷ lệ hồ sơ có thanh toán trực tuyến"),
            new Claim("7.4", "94.6", "%", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa"),
            new Claim("7.5", "98.7", "%", "Tỷ lệ văn bản điện tử có ký số trao đổi giữa các cơ quan nhà nước"),
            new Claim("7.6", "85", "%", "Tỷ lệ hồ sơ công việc cấp tỉnh xử lý trên môi trường mạng"),
            new Claim("7.8", "5", "quyết định", "Số quyết định công bố danh mục dữ liệu mở năm 2023"),
            new Claim("8.1", "9.6", "%", "Tỷ trọng kinh tế số trong GRDP của tỉnh (ước tính)"),
            new Claim("8.2", "186", "doanh nghiệp", "Số doanh nghiệp công nghệ số đang hoạt động"),
            new Claim("8.3", "98.9", "%", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử"),
            new Claim("8.4", "82.7", "%", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử"),
            new Claim("8.5", "76.3", "%", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số"),
            new Claim("8.6", "48.6", "%", "Tỷ lệ hộ sản xuất, cơ sở kinh doanh có gian hàng trên sàn thương mại điện tử"),
            new Claim("8.7", "5.4", "%", "Tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ hàng hóa"),
            new Claim("9.1", "90.2", "%", "Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử"),
            new Claim("9.2", "92.6", "%", "Tỷ lệ dân số có tài khoản định danh điện tử"),
            new Claim("9.3", "63.4", "%", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử"),
            new Claim("9.4", "100", "%", "Tỷ lệ cơ sở khám chữa bệnh triển khai bệnh án điện tử hoặc khám chữa bệnh từ xa"),
            new Claim("9.5", "93.6", "%", "Tỷ lệ cơ sở giáo dục thu học phí không dùng tiền mặt"),
            new Claim("9.6", "96.1", "%", "Tỷ lệ người hưởng chính sách an sinh xã hội nhận trợ cấp qua tài khoản"));

    private SelfAssessment() {
    }

    static String csv() {
        StringBuilder out = new StringBuilder("code,value,unit,note\n");
        for (Claim claim : CLAIMS) {
            out.append(claim.code()).append(',').append(claim.value()).append(',').append(claim.unit()).append(',')
                    .append(quoted(claim.note())).append('\n');
        }
        return out.toString();
    }

    private static String quoted(String note) {
        return note.contains(",") ? '"' + note.replace("\"", "\"\"") + '"' : note;
    }
}
