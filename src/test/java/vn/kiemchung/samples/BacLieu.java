package vn.kiemchung.samples;

import java.util.List;

/**
 * The fictional people and the header blocks of the sample province. Every name here is
 * invented; the bodies are real in form only.
 */
final class BacLieu {

    static final String PROVINCE = "Bạc Liêu";

    static final String CHAIRMAN = "Nguyễn Văn An";
    static final String VICE_CHAIRWOMAN = "Trần Thị Bích Thủy";
    static final String PARTY_SECRETARY = "Lâm Quốc Hưng";
    static final String OFFICE_CHIEF = "Lê Hoàng Nam";
    static final String ICT_DIRECTOR = "Huỳnh Thanh Phong";
    static final String HOME_AFFAIRS_DIRECTOR = "Đặng Minh Tâm";
    static final String TRADE_DIRECTOR = "Phan Thị Kim Loan";
    static final String HEALTH_DIRECTOR = "Tô Văn Hậu";

    static final List<String> PEOPLES_COMMITTEE = List.of("ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU");
    static final List<String> PARENT = List.of("UBND TỈNH BẠC LIÊU");
    static final List<String> ICT_DEPARTMENT = List.of("SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG");
    static final List<String> OFFICE = List.of("VĂN PHÒNG");

    /** The collective People's Committee signs through its chairman. */
    static final List<String> CHAIRMAN_SIGNS = List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", CHAIRMAN);
    /** The office chief signs notices "by order of" the chairman: "TL." (thừa lệnh). */
    static final List<String> OFFICE_SIGNS = List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", OFFICE_CHIEF);

    static List<String> directorSigns(String name) {
        return List.of("GIÁM ĐỐC", "", name);
    }

    static final List<String> USUAL_RECIPIENTS = List.of(
            "- Bộ Thông tin và Truyền thông;",
            "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các huyện, thị xã, thành phố;",
            "- Lưu: VT, KGVX.");

    static final List<String> REPORT_RECIPIENTS = List.of(
            "- UBND tỉnh (b/c);",
            "- Sở Thông tin và Truyền thông;",
            "- Lưu: VT.");

    /** "Bạc Liêu, ngày 05 tháng 3 năm 2023": days under 10 and January, February zero-padded (Decree 30). */
    static String placeDate(String place, int day, int month, int year) {
        return place + ", ngày " + String.format("%02d", day) + " tháng "
                + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + year;
    }

    private BacLieu() {
    }
}
