package vn.kiemchung.review;

import java.util.List;
import java.util.Map;
import vn.kiemchung.TestClient;

/**
 * A small province for the tests, made once through the admin's REST API: two departments, the
 * components each supplies in 2023, and one account per role. Texts of a notice for component 1.4,
 * first without a signature block, then signed.
 */
public final class Province {

    public static final String PASSWORD = "mat-khau-thu-nghiem";
    public static final String DEPT_A = "so-tttt";
    public static final String DEPT_B = "vp-ubnd";

    public static final String UNSIGNED_NOTICE = """
            ỦY BAN NHÂN DÂN
            TỈNH BẠC LIÊU
            Số: 36/TB-UBND
            Bạc Liêu, ngày 15 tháng 3 năm 2023
            THÔNG BÁO
            Về việc ra mắt chuyên mục Chuyển đổi số trên Cổng thông tin điện tử tỉnh
            Ủy ban nhân dân tỉnh thông báo: Cổng thông tin điện tử tỉnh đã mở chuyên mục riêng về chuyển đổi số
            tại địa chỉ https://baclieu.gov.vn/chuyen-doi-so từ ngày 15 tháng 3 năm 2023.
            Nơi nhận:
            - Các sở, ban, ngành;
            - Lưu: VT.
            """;

    public static final String SIGNED_NOTICE = UNSIGNED_NOTICE + """
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn An
            """;

    /** A signed notice of another province, issued two years early: ERRORs (WRONG_PROVINCE, DATE_OUT_OF_PERIOD). */
    public static final String FOREIGN_OLD_NOTICE = SIGNED_NOTICE.replace("TỈNH BẠC LIÊU", "TỈNH CÀ MAU")
            .replace("Bạc Liêu, ngày 15 tháng 3 năm 2023", "Cà Mau, ngày 15 tháng 3 năm 2021")
            .replace("điện tử tỉnh", "điện tử tỉnh Cà Mau");

    private static boolean made;

    private Province() {
    }

    public static synchronized void make(int port, String adminPassword) throws Exception {
        if (made) {
            return;
        }
        TestClient admin = new TestClient(port, "admin", adminPassword);
        check(admin.post("/api/v1/admin/departments", Map.of("code", DEPT_A, "name", "Sở Thông tin và Truyền thông")));
        check(admin.post("/api/v1/admin/departments", Map.of("code", DEPT_B, "name", "Văn phòng UBND tỉnh")));
        for (String code : List.of("1.1", "1.4")) {
            check(admin.post("/api/v1/admin/assignments", Map.of("year", 2023, "indicator", code, "department", DEPT_A)));
        }
        for (String code : List.of("1.2", "1.3")) {
            check(admin.post("/api/v1/admin/assignments", Map.of("year", 2023, "indicator", code, "department", DEPT_B)));
        }
        account(admin, "can-bo-a", "DEPARTMENT_OFFICER", DEPT_A);
        account(admin, "can-bo-b", "DEPARTMENT_OFFICER", DEPT_B);
        account(admin, "dieu-phoi", "COORDINATOR", null);
        account(admin, "dieu-phoi-2", "COORDINATOR", null);
        account(admin, "lanh-dao", "LEADER", null);
        account(admin, "tac-gia-luat", "RULE_AUTHOR", null);
        made = true;
    }

    private static void account(TestClient admin, String username, String role, String department) throws Exception {
        var body = new java.util.HashMap<String, Object>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (department != null) {
            body.put("department", department);
        }
        check(admin.post("/api/v1/admin/accounts", body));
    }

    private static void check(TestClient.Answer a) {
        if (a.status() != 201) {
            throw new IllegalStateException(a.status() + " " + a.body());
        }
    }
}
