package vn.kiemchung.extraction.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.kiemchung.extraction.LegacyTexts;

/**
 * Raw document texts (as a parser hands them over, pages split by '\f') for the text-analysis
 * benchmarks. Generated ones are deterministic; "vbpl" reads real legal documents from the shared
 * test corpus at run time (never copied into the repository).
 */
public final class BenchTexts {

    /** Where the vbpl corpus is read from; -Dkiemchung.vbpl=... overrides. */
    static final Path VBPL = Path.of(System.getProperty("kiemchung.vbpl", "../shared/corpus/vbpl/docs"));
    /** How much of the vbpl corpus the "vbpl" set takes (in characters, whole documents, by file name). */
    static final int VBPL_CHARS = 1_000_000;

    private BenchTexts() {
    }

    /**
     * @param kind "bench": one 17-page document of the {@code bench} command's dossier (a percentage
     *             on every line, about 67,000 characters); "prose": a 20-page Decree 30 document of
     *             varied administrative prose; "vbpl": real documents, about 1 M characters in all;
     *             "tcvn3": the prose document typed in the TCVN3 legacy font
     */
    public static List<String> documents(String kind) {
        return switch (kind) {
            case "bench" -> List.of(benchDocument(0, 17, new Random(17)));
            case "prose" -> List.of(proseDocument(20, new Random(30)));
            case "tcvn3" -> List.of(LegacyTexts.encode(proseDocument(20, new Random(30)), "TCVN3"));
            case "vbpl" -> vbpl();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static int chars(List<String> docs) {
        return docs.stream().mapToInt(String::length).sum();
    }

    /** The text of the bench command's PDF as the parser reads it: same lines as BenchDossier draws. */
    static String benchDocument(int n, int pages, Random random) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < pages; p++) {
            if (p > 0) {
                sb.append('\f');
            }
            if (p == 0) {
                sb.append("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
                sb.append("TỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc\n");
                sb.append("Số: ").append(100 + n).append("/KH-UBND Bạc Liêu, ngày ").append(1 + n % 28)
                        .append(" tháng ").append(1 + n % 12).append(" năm 2023\n\n");
                sb.append("KẾ HOẠCH\nTriển khai chuyển đổi số năm 2023\n");
            }
            for (int l = 0; l < 40; l++) {
                sb.append("Nội dung ").append(l + 1).append(": đẩy mạnh chuyển đổi số, tỷ lệ hồ sơ xử lý trực tuyến đạt ")
                        .append(50 + random.nextInt(50)).append(',').append(random.nextInt(10))
                        .append("%, phục vụ người dân và doanh nghiệp.\n");
            }
            if (p == pages - 1) {
                sb.append("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n");
            }
        }
        return sb.toString();
    }

    private static final String[] SENTENCES = {
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 125/TTr-STTTT.",
        "Tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến toàn trình đạt {p}, tăng {n} hồ sơ so với năm trước.",
        "Toàn tỉnh có {n} xã, phường, thị trấn đã triển khai hệ thống một cửa điện tử, chiếm {p} tổng số đơn vị.",
        "Ủy ban nhân dân các huyện, thị xã, thành phố chủ trì, phối hợp với các sở, ban, ngành triển khai thực hiện.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước năm 2023, tổng cộng {n}.{t} triệu đồng.",
        "a) Xây dựng cơ sở dữ liệu dùng chung của tỉnh, kết nối với {n} hệ thống thông tin của bộ, ngành;",
        "b) Đào tạo, bồi dưỡng kỹ năng số cho {n} cán bộ, công chức, viên chức;",
        "Điều {k}. Trách nhiệm của cơ quan, đơn vị trong việc bảo đảm an toàn thông tin mạng.",
        "Số điện thoại đường dây nóng: 0291 3822 123, thư điện tử: stttt@baclieu.gov.vn.",
        "Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 xếp hạng {k}/63, đạt {d} điểm.",
        "Thời gian thực hiện: từ ngày {k} tháng {m} năm 2023 đến hết ngày 31 tháng 12 năm 2023.",
        "Đẩy mạnh tuyên truyền, nâng cao nhận thức về chuyển đổi số trên các phương tiện thông tin đại chúng,",
        "trong đó chú trọng đến người dân ở vùng sâu, vùng xa và đồng bào dân tộc thiểu số.",
        "Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày {k} tháng {m} hằng năm để tổng hợp.",
        "Năm 2023 đã tổ chức {n} hội nghị, {n} lớp tập huấn với {n}.{t} lượt người tham dự.",
        "Mạng 4G, 5G phủ sóng {p} dân số; {n} thôn, ấp có cáp quang băng rộng đến hộ gia đình.",
    };

    /** A Decree 30 document of varied prose: header, body with figures, dates and references, signature. */
    static String proseDocument(int pages, Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n");
        sb.append("TỈNH BẠC LIÊU                    Độc lập - Tự do - Hạnh phúc\n");
        sb.append("Số: 215/QĐ-UBND          Bạc Liêu, ngày 15 tháng 3 năm 2023\n\n");
        sb.append("QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch chuyển đổi số tỉnh Bạc Liêu năm 2023\n");
        sb.append("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU\n");
        for (int p = 0; p < pages; p++) {
            if (p > 0) {
                sb.append('\f');
            }
            for (int l = 0; l < 38; l++) {
                String s = SENTENCES[random.nextInt(SENTENCES.length)];
                s = s.replace("{p}", (10 + random.nextInt(90)) + "," + random.nextInt(10) + "%")
                        .replace("{n}", String.valueOf(1 + random.nextInt(900)))
                        .replace("{t}", String.format("%03d", random.nextInt(1000)))
                        .replace("{k}", String.valueOf(1 + random.nextInt(28)))
                        .replace("{m}", String.valueOf(1 + random.nextInt(12)))
                        .replace("{d}", (random.nextInt(100)) + "," + random.nextInt(100));
                sb.append(s).append(random.nextInt(8) == 0 ? "  \n" : "\n");
            }
        }
        sb.append("Nơi nhận:          TM. ỦY BAN NHÂN DÂN\n- Như Điều 3;          CHỦ TỊCH\n- Bộ TT&TT;\n- Lưu: VT.\n");
        sb.append("Phạm Văn Thiều\n");
        return sb.toString();
    }

    private static List<String> vbpl() {
        if (!Files.isDirectory(VBPL)) {
            throw new IllegalStateException("no vbpl corpus at " + VBPL.toAbsolutePath() + " (set -Dkiemchung.vbpl)");
        }
        try (Stream<Path> files = Files.list(VBPL)) {
            List<Path> sorted = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>();
            int total = 0;
            for (Path f : sorted) {
                if (total >= VBPL_CHARS) {
                    break;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(text);
                total += text.length();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
