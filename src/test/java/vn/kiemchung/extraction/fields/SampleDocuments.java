package vn.kiemchung.extraction.fields;

import vn.kiemchung.extraction.VietnameseText;

/** Fictional documents written for the tests, laid out as PDF text extraction gives them. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    /** Two-column header merged line by line, as pdftotext gives it. */
    static final String DECISION = VietnameseText.normalize("""
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc
            Số: 412/QĐ-UBND Bạc Liêu, ngày 15 tháng 3 năm 2023
            QUYẾT ĐỊNH
            Về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh Bạc Liêu
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Căn cứ Quyết định số 27/QĐ-UBQGCĐS ngày 20/5/2022 của Ủy ban Quốc gia về chuyển đổi số;
            Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.
            QUYẾT ĐỊNH:
            Điều 1. Kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh gồm 15 thành viên.
            Điều 2. Ban Chỉ đạo họp định kỳ 02 phiên họp mỗi năm.
            Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
            \fNơi nhận: KT. CHỦ TỊCH
            - Như Điều 3; PHÓ CHỦ TỊCH
            - Bộ Thông tin và Truyền thông;
            - CT, các PCT UBND tỉnh;
            - Lưu: VT, KGVX.
            (Đã ký)
            Nguyễn Văn An
            """);

    /** Same kind of header, but the columns come one after the other. */
    static final String PLAN = VietnameseText.normalize("""
            UBND TỈNH BẠC LIÊU
            SỞ THÔNG TIN VÀ
            TRUYỀN THÔNG
            -------
            Số: 88/KH-STTTT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            Bạc Liêu, ngày 02 tháng 02 năm 2024
            KẾ HOẠCH
            Triển khai nền tảng số dùng chung năm 2024
            I. MỤC ĐÍCH, YÊU CẦU
            Đến cuối năm 2024, tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 72,5%; tiếp nhận 1.941 hồ sơ.
            GIÁM ĐỐC
            Trần Thị Bình
            """);

    static final String OFFICIAL_LETTER = VietnameseText.normalize("""
            ỦY BAN NHÂN DÂN
            TỈNH BẠC LIÊU
            Số: 1205/UBND-VX
            V/v đôn đốc triển khai ứng dụng
            định danh điện tử VNeID
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bạc Liêu, ngày 01
            tháng 6 năm 2023
            Kính gửi:
            - Các sở, ban, ngành tỉnh;
            - Ủy ban nhân dân các huyện, thị xã, thành phố.
            Thực hiện chỉ đạo của Ủy ban Quốc gia về chuyển đổi số, Ủy ban nhân dân tỉnh đề nghị các cơ quan
            báo cáo kết quả trước ngày 15/6/2023 qua số điện thoại 0291 3822 123.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            TL. CHỦ TỊCH
            CHÁNH VĂN PHÒNG
            Lê Minh Châu
            """);

    static final String PARTY_RESOLUTION = VietnameseText.normalize("""
            ĐẢNG BỘ TỈNH CÀ MAU ĐẢNG CỘNG SẢN VIỆT NAM
            TỈNH ỦY CÀ MAU
            *
            Số 17-NQ/TU Cà Mau, ngày 31 tháng 8 năm 2021
            NGHỊ QUYẾT
            về chuyển đổi số tỉnh Cà Mau đến năm 2025, định hướng đến năm 2030
            I. TÌNH HÌNH
            Toàn tỉnh có 100% cơ quan kết nối mạng truyền số liệu chuyên dùng.
            T/M BAN THƯỜNG VỤ
            BÍ THƯ
            Phạm Văn Dũng
            """);

    static final String DRAFT = VietnameseText.normalize("""
            ỦY BAN NHÂN DÂN
            TỈNH BẠC LIÊU
            DỰ THẢO
            Số: /QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bạc Liêu, ngày tháng năm 2023
            QUYẾT ĐỊNH
            Ban hành Quy chế hoạt động của Tổ công nghệ số cộng đồng
            Căn cứ Luật Tổ chức chính quyền địa phương;
            """);

    static final String CERTIFIED_COPY = VietnameseText.normalize("""
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 749/QĐ-TTg
            Hà Nội, ngày 03 tháng 6 năm 2020
            QUYẾT ĐỊNH
            Phê duyệt Chương trình Chuyển đổi số quốc gia
            Căn cứ Luật Tổ chức Chính phủ;
            Điều 1. Phê duyệt Chương trình.
            THỦ TƯỚNG
            Nguyễn Xuân Phúc
            \fSAO Y BẢN CHÍNH
            UBND TỈNH BẠC LIÊU
            Số: 05/SY-UBND
            """);

    static final String REPORT = VietnameseText.normalize("""
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            Số: 315/BC-UBND
            Hà Nội, ngày 20 tháng 12 năm 2023
            BÁO CÁO
            Kết quả chuyển đổi số năm 2023
            Kính gửi: Bộ Thông tin và Truyền thông
            1. Kết quả đạt được
            Trong năm 2023, thành phố đã tiếp nhận 1.941 hồ sơ trực tuyến, tỷ lệ xử lý đúng hạn đạt 98,7%.
            Ban Chỉ đạo tổ chức 02 phiên họp theo Điều 5 Quy chế; đầu tư 12,5 tỷ đồng.
            Liên hệ: ĐT 024 3825 1234.
            """);
}
