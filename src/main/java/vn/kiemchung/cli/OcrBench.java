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
 * {@code bench --ocr}: OCR throughput and character accuracy of the product (isolated child, the
 * Tesseract inside the jar, and the installed one where there is one) against the tesseract command
 * alone on the same rendered pages, one page at a time.
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
        Path dir = Files.createTempDirectory("kiemchung-ocr-bench");
        try {
            List<Path> images = new ArrayList<>();
            List<String> truth = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                images.add(render(dir.resolve("trang-" + i + ".png"), i));
                truth.add(expectedText(i));
            }
            double alone = Double.NaN;
            if (tesseractWithVietnamese()) {
                long t = System.nanoTime();
                double accuracy = 0;
                for (int i = 0; i < images.size(); i++) {
                    Process p = new ProcessBuilder("tesseract", images.get(i).toString(), "stdout", "-l", "vie")
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    p.waitFor(120, TimeUnit.SECONDS);
                    accuracy += accuracy(truth.get(i), text);
                }
                alone = (System.nanoTime() - t) / 1e9;
                out.printf("tesseract command alone (-l vie), %d pages one at a time: %.2f s (%.2f pages/s), "
                        + "character accuracy %.3f%n", pages, alone, pages / alone, accuracy / pages);
            } else {
                out.println("no tesseract command with 'vie' on this machine: the product is measured alone "
                        + "(apt-get install -y tesseract-ocr-vie to compare)");
            }
            for (String engine : List.of("embedded", "system")) {
                if (engine.equals("system") && Double.isNaN(alone)) {
                    continue;
                }
                try (TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults().withOcrEngine(engine))) {
                    extractor.extract(images.get(0), "khoi-dong.png"); // the OCR child's start is not throughput
                    long t = System.nanoTime();
                    int ok = 0;
                    double accuracy = 0;
                    for (int i = 0; i < images.size(); i++) {
                        RawText raw = extractor.extract(images.get(i), images.get(i).getFileName().toString());
                        ok += raw.outcome() == RawText.Outcome.OK ? 1 : 0;
                        accuracy += accuracy(truth.get(i), raw.text());
                    }
                    double product = (System.nanoTime() - t) / 1e9;
                    out.printf("kiemchung, isolated OCR child, engine %-8s same pages: %.2f s (%.2f pages/s, %d/%d read), "
                            + "character accuracy %.3f%n", engine, product, pages / product, ok, pages, accuracy / pages);
                    if (!Double.isNaN(alone)) {
                        out.printf("throughput ratio kiemchung (%s) / tesseract command: %.2f (goal >= 0.9)%n",
                                engine, alone / product);
                    }
                }
            }
            return 0;
        } finally {
            FileTrees.deleteQuietly(dir);
        }
    }

    private static String expectedText(int n) {
        StringBuilder text = new StringBuilder();
        for (String line : LINES) {
            text.append(line.replace("128", String.valueOf(128 + n))).append('\n');
        }
        return text.toString();
    }

    /** 1 − edit distance / length, over the texts with runs of white space made one space. */
    static double accuracy(String expected, String actual) {
        String a = expected.replaceAll("\\s+", " ").strip();
        String b = (actual == null ? "" : java.text.Normalizer.normalize(actual, java.text.Normalizer.Form.NFC))
                .replaceAll("\\s+", " ").strip();
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return a.isEmpty() ? 1 : Math.max(0, 1 - (double) previous[b.length()] / a.length());
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
