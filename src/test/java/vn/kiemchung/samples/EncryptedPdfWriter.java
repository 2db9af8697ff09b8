package vn.kiemchung.samples;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * A PDF that opens only with a user password, as when an office "protects" a report before
 * e-mailing it: the ministry's reviewers cannot open it either (FILE_ENCRYPTED).
 */
final class EncryptedPdfWriter {

    static final String USER_PASSWORD = "BacLieu@2023";

    byte[] write(DocumentText text, PdfInfo info) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new PdfDocumentWriter().draw(document, text, info);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu-" + USER_PASSWORD,
                    USER_PASSWORD, new AccessPermission());
            // AES-128 (revision 4) derives its key from the passwords and the fixed /ID; PDFBox's
            // AES-256 draws its key from an unseeded generator, which would change the file every run
            policy.setEncryptionKeyLength(128);
            policy.setPreferAES(true);
            document.protect(policy);
            // a seeded generator makes the AES keys and IVs, and so the file, repeatable
            document.getEncryption().getSecurityHandler().setCustomSecureRandom(seeded(info.idSeed()));
            return PdfDocumentWriter.save(document);
        }
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
