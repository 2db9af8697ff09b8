package vn.kiemchung.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes a benchmark dossier: text PDFs of 1–20 pages in the Decree 30 layout, spread over components. */
final class BenchDossier {

    private static final String[] CODES = {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "4.1", "5.1", "7.2", "7.6", "8.6", "9.3"};

    private BenchDossier() {
    }

    static void write(Path dir, int files, long seed) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dossier.yaml"), "province: \"Tỉnh Bạc Liêu\"\nyear: 2023\n");
        Random random = new Random(seed);
        for (int i = 0; i < files; i++) {
            String code = CODES[i % CODES.length];
            Path file = dir.resolve(code).resolve("Kế hoạch " + (100 + i) + " chuyển đổi số.pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, pdf(i, 1 + random.nextInt(20), random));
        }
    }

    private static byte[] pdf(int n, int pages, Random random) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream fontBytes = BenchDossier.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, fontBytes);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, 780);
                    if (p == 0) {
                        line(cs, "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                        line(cs, "TỈNH BẠC LIÊU                    Độc lập - Tự do - Hạnh phúc");
                        line(cs, "Số: " + (100 + n) + "/KH-UBND          Bạc Liêu, ngày " + (1 + n % 28) + " tháng " + (1 + n % 12) + " năm 2023");
                        line(cs, "");
                        line(cs, "KẾ HOẠCH");
                        line(cs, "Triển khai chuyển đổi số năm 2023");
                    }
                    for (int l = 0; l < 40; l++) {
                        line(cs, "Nội dung " + (l + 1) + ": đẩy mạnh chuyển đổi số, tỷ lệ hồ sơ xử lý trực tuyến đạt "
                                + (50 + random.nextInt(50)) + "," + random.nextInt(10) + "%, phục vụ người dân và doanh nghiệp.");
                    }
                    if (p == pages - 1) {
                        line(cs, "TM. ỦY BAN NHÂN DÂN");
                        line(cs, "CHỦ TỊCH");
                        line(cs, "Nguyễn Văn An");
                    }
                    cs.endText();
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, String text) throws IOException {
        cs.showText(text);
        cs.newLineAtOffset(0, -17);
    }
}
