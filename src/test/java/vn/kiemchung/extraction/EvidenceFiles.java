package vn.kiemchung.extraction;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Builds the evidence files the tests read, so no real (or broken) documents live in the repository. */
final class EvidenceFiles {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final String DECISION = "QUYẾT ĐỊNH về việc phê duyệt Kế hoạch chuyển đổi số năm 2024";
    static final String COMMITTEE = "Ủy ban nhân dân tỉnh Bạc Liêu";

    private EvidenceFiles() {
    }

    /** One page per argument, each line of the argument a line of text, in embedded DejaVu Sans. */
    static Path pdf(Path file, String... pages) throws IOException {
        try (PDDocument document = textPdf(pages)) {
            document.save(file.toFile());
        }
        return file;
    }

    private static PDDocument textPdf(String... pages) throws IOException {
        PDDocument document = new PDDocument();
        document.getDocumentInformation().setAuthor("Nguyễn Văn An");
        document.getDocumentInformation().setProducer("kiemchung tests");
        document.getDocumentInformation().setCreationDate(Calendar.getInstance());
        PDType0Font font = PDType0Font.load(document, DEJAVU.toFile());
        for (String page : pages) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(60, 780);
                for (String line : page.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
        return document;
    }

    /** A PDF that needs a user password to open. */
    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument document = textPdf(DECISION)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** The first {@code fraction} of a valid PDF, as a broken download would leave it. */
    static Path truncatedPdf(Path file, double fraction) throws IOException {
        Path whole = pdf(file.resolveSibling("whole-" + file.getFileName()), DECISION + "\n" + COMMITTEE,
                "Trang hai của quyết định");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return file;
    }

    /** A PDF signed with a self-signed certificate whose CN is {@code signer}. */
    static Path signedPdf(Path file, String signer) throws Exception {
        Path unsigned = pdf(file.resolveSibling("unsigned-" + file.getFileName()), DECISION);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, signer)
                .addRDN(BCStyle.C, "VN").build();
        Date now = new Date();
        ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509CertificateHolder certificate = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.getTime()),
                new Date(now.getTime() - 86_400_000L), new Date(now.getTime() + 365 * 86_400_000L), subject,
                keys.getPublic()).build(contentSigner);

        try (PDDocument document = Loader.loadPDF(unsigned.toFile());
             OutputStream out = Files.newOutputStream(file)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Tên trong /Name");
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
                    ContentSigner cmsSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                    cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build()).build(cmsSigner, certificate));
                    cms.addCertificates(new CollectionStore<>(List.of(certificate)));
                    return cms.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            document.saveIncremental(out);
        }
        return file;
    }

    static Path docx(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
        return file;
    }

    static Path xlsx(Path file, String label, double value) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = workbook.createSheet("Chỉ số").createRow(0);
            row.createCell(0).setCellValue(label);
            row.createCell(1).setCellValue(value);
            workbook.write(out);
        }
        return file;
    }

    /** A small ZIP holding {@code megabytes} of zeros: about 1 KB compressed per MB expanded. */
    static Path zerosBomb(Path file, int megabytes) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("bao-cao.txt"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A ZIP inside a ZIP, the inner one holding {@code megabytes} of one repeated letter: text that expands. */
    static Path nestedTextBomb(Path file, int megabytes) throws IOException {
        byte[] letters = new byte[1024 * 1024];
        Arrays.fill(letters, (byte) 'a');
        var inner = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            zip.putNextEntry(new ZipEntry("noi-dung.txt"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(letters);
            }
            zip.closeEntry();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("ho-so.zip"));
            zip.write(inner.toByteArray());
            zip.closeEntry();
        }
        return file;
    }

    /** ZIPs inside ZIPs, {@code depth} levels, each level with a text file "tầng N". */
    static Path nestedZip(Path file, int depth) throws IOException {
        byte[] inner = null;
        for (int level = depth; level >= 1; level--) {
            var bytes = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("tang-" + level + ".txt"));
                zip.write(("tầng " + level + " của hồ sơ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                if (inner != null) {
                    zip.putNextEntry(new ZipEntry("tang-" + (level + 1) + ".zip"));
                    zip.write(inner);
                    zip.closeEntry();
                }
            }
            inner = bytes.toByteArray();
        }
        Files.write(file, inner);
        return file;
    }

    /** Black Vietnamese text on white, large enough for tesseract's small Vietnamese model. */
    static BufferedImage renderedText(String... lines) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, DEJAVU.toFile()).deriveFont(48f);
        BufferedImage image = new BufferedImage(1800, 120 + 80 * lines.length, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 100 + 80 * i);
        }
        g.dispose();
        return image;
    }

    static Path png(Path file, String... lines) throws Exception {
        ImageIO.write(renderedText(lines), "png", file.toFile());
        return file;
    }

    /** A PDF whose only page is a picture of text: what a scanner produces. */
    static Path scannedPdf(Path file, String... lines) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, renderedText(lines));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float width = PDRectangle.A4.getWidth() - 40;
                float height = width * image.getHeight() / image.getWidth();
                content.drawImage(image, 20, PDRectangle.A4.getHeight() - 40 - height, width, height);
            }
            document.save(file.toFile());
        }
        return file;
    }
}
