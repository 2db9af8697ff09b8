package vn.kiemchung.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.kiemchung.extraction.ParseLimits;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.extraction.TikaTextExtractor;
import vn.kiemchung.platform.FileTrees;

/**
 * {@code bench --ocr}: OCR throughput of the product (isolated child, Tika, tesseract with
 * {@code vie}) against tesseract alone on the same scanned pages, one page at a time.
 */
final class OcrBench {

    private static final String[] LINES = {
            "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "Số: 128/TB-UBND", "THÔNG BÁO",
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại phiên họp",
            "Ban Chỉ đạo chuyển đổi số tỉnh sáu tháng đầu năm 2023",
            "Các sở, ban, ngành đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình,",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và phát triển",
            "nền tảng số phục vụ người dân và doanh nghiệp trên địa bàn tỉnh.",
            "Tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%, tăng so với cùng kỳ năm trước.",
            "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Hoàng Nam"};

    private final PrintStream out;

    OcrBench(PrintStream out) {
        this.out = out;
    }

    int run(int pages) throws Exception {
        if (!tesseractWithVietnamese()) {
            out.println("tesseract with the 'vie' model is not installed: nothing to compare "
                    + "(apt-get install -y tesseract-ocr tesseract-ocr-vie)");
            return 2;
        }
        Path dir = Files.createTempDirectory("kiemchung-ocr-bench");
        try {
            List<Path> images = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                images.add(render(dir.resolve("trang-" + i + ".png"), i));
            }
            long t = System.nanoTime();
            long chars = 0;
            for (Path image : images) {
                Process p = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "vie")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                chars += new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).length();
                p.waitFor(120, TimeUnit.SECONDS);
            }
            double alone = (System.nanoTime() - t) / 1e9;
            out.printf("tesseract alone (-l vie), %d pages one at a time: %.2f s (%.2f pages/s, %d characters)%n",
                    pages, alone, pages / alone, chars);
            try (TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults())) {
                extractor.extract(images.get(0), "khoi-dong.png"); // the OCR child's start is not throughput
                t = System.nanoTime();
                long productChars = 0;
                int ok = 0;
                for (Path image : images) {
                    RawText raw = extractor.extract(image, image.getFileName().toString());
                    productChars += raw.text().length();
                    ok += raw.outcome() == RawText.Outcome.OK ? 1 : 0;
                }
                double product = (System.nanoTime() - t) / 1e9;
                out.printf("kiemchung (isolated child, Tika, vie), same pages:  %.2f s (%.2f pages/s, %d characters, %d/%d read)%n",
                        product, pages / product, productChars, ok, pages);
                out.printf("throughput ratio kiemchung / tesseract alone: %.2f (goal ≥ 0.9)%n", alone / product);
            }
            return 0;
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    /** A clean 200-dpi-like page of Vietnamese administrative text, large enough for OCR. */
    private static Path render(Path file, int n) throws Exception {
        BufferedImage image = new BufferedImage(1700, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (InputStream ttf = OcrBench.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(36f));
        }
        g.setColor(Color.BLACK);
        int y = 90;
        for (String line : LINES) {
            g.drawString(line.replace("128", String.valueOf(128 + n)), 80, y);
            y += 100;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static boolean tesseractWithVietnamese() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String langs = new String(p.getInputStream().readAllBytes());
            p.waitFor(20, TimeUnit.SECONDS);
            return langs.lines().anyMatch(l -> l.strip().equals("vie"));
        } catch (Exception e) {
            return false;
        }
    }
}
