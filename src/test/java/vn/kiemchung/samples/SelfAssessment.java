package vn.kiemchung.samples;

import java.util.List;

/**
 * The values the province claims in self-assessment.csv. Most agree with the evidence; 7.6
 * claims more than its report states (CLAIM_MISMATCH), 3.1 claims a figure no evidence states
 * (CLAIM_UNSUPPORTED) and 5.5 claims a response team but has no folder (EVIDENCE_MISSING).
 */
final class SelfAssessment {

    record Claim(String code, String value, String unit, String note) {
    }

    static final List<Claim> CLAIMS = List.of(
            new Claim("1.1", "1", "", "Chủ tịch UBND tỉnh là Trưởng Ban Chỉ đạo chuyển đổi số (QĐ 412/QĐ-UBND)"),
            new Claim("1.2", "3", "phiên họp", "Số phiên họp Ban Chỉ đạo chuyển đổi số do Chủ tịch UBND tỉnh chủ trì năm 2023"),
            new Claim("3.1", "78.4", "%", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang"),
            new Claim("3.4", "100", "%", "Tỷ lệ cơ quan nhà nước các cấp kết nối mạng truyền số liệu chuyên dùng"),
            new Claim("4.1", "91.2", "%", "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số"),
            new Claim("5.5", "1", "đội", "Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh"),
            new Claim("7.2", "56.8", "%", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến"),
            new Claim("7.6", "85", "%", "Tỷ lệ hồ sơ công việc cấp tỉnh xử lý trên môi trường mạng"),
            new Claim("8.6", "48.6", "%", "Tỷ lệ hộ sản xuất, cơ sở kinh doanh có gian hàng trên sàn thương mại điện tử"),
            new Claim("9.3", "63.4", "%", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử"));

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
