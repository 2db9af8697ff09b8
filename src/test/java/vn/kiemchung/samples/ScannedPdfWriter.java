package vn.kiemchung.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image-only PDF, as a scanner produces from a signed and stamped paper original: no text
 * layer at all, so only OCR can read it. Noise comes from a generator seeded with the file name,
 * which keeps regenerated scans identical.
 */
final class ScannedPdfWriter {

    private static final Color SEAL_RED = new Color(214, 40, 40, 150);

    byte[] write(DocumentText text, PdfInfo info, ScanQuality quality) throws IOException {
        ImageCanvas canvas = new ImageCanvas(quality.dpi(), quality.paper(), quality.ink());
        DecreeLayout layout = new DecreeLayout(canvas);
        layout.draw(text);
        List<BufferedImage> pages = canvas.pages();
        Random random = new Random(info.idSeed().hashCode());
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage page = pages.get(i);
                if (i == layout.signaturePage()) {
                    stamp(page, canvas.scale(), layout.sealCentreX(), layout.sealCentreY());
                }
                BufferedImage scanned = skew(page, quality.skewDegrees() * (i % 2 == 0 ? 1 : -0.6), quality.paper());
                addNoise(scanned, quality.noise(), random);
                PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg(scanned, quality.jpegQuality()));
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
                    stream.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            info.applyTo(document);
            // a scan comes from the copier's software, not from Word
            document.getDocumentInformation().setCreator("Scan to PDF, 200 dpi");
            return PdfDocumentWriter.save(document);
        }
    }

    /** The red round seal: two rings and a star, overlapping the signature as Decree 30 asks. */
    private static void stamp(BufferedImage page, float scale, float centreX, float centreY) {
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new Ellipse2D.Float(centreX - 52, centreY - 52, 104, 104));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Ellipse2D.Float(centreX - 40, centreY - 40, 80, 80));
        g.fill(star(centreX, centreY, 16, 6.5));
        g.dispose();
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(angle);
            double y = cy - radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static BufferedImage skew(BufferedImage page, double degrees, Color paper) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), out.getWidth() / 2.0,
                out.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    private static void addNoise(BufferedImage image, double sigma, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int delta = (int) Math.round(random.nextGaussian() * sigma);
                image.setRGB(x, y, shift(rgb >> 16, delta) << 16 | shift(rgb >> 8, delta) << 8 | shift(rgb, delta));
            }
        }
    }

    private static int shift(int channel, int delta) {
        return Math.max(0, Math.min(255, (channel & 0xff) + delta));
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
