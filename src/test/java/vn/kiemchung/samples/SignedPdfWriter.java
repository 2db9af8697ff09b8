package vn.kiemchung.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A born-digital PDF with a PAdES-style detached CMS signature of the signer named in the
 * document, the way provincial leaders sign with their USB token. The key and a self-signed
 * certificate are made at run time, so signed bytes differ on every run; everything else is
 * fixed. The signature is added by an incremental save over the complete file, so its byte
 * range reaches the end of the file.
 */
final class SignedPdfWriter {

    static final String SIGNER = "Nguyễn Văn An";

    byte[] write(DocumentText text, PdfInfo info, LocalDate signedOn) throws IOException {
        byte[] unsigned = new PdfDocumentWriter().write(text, info);
        try (PDDocument document = Loader.loadPDF(unsigned)) {
            Credentials credentials = Credentials.selfSigned(SIGNER);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(SIGNER);
            signature.setLocation("Bạc Liêu");
            signature.setReason("Ký ban hành văn bản");
            signature.setSignDate(PdfInfo.calendar(signedOn));
            document.addSignature(signature, credentials::sign);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** A fresh RSA key with a self-signed certificate whose subject is the signer. */
    private record Credentials(KeyPair keys, X509Certificate certificate) {

        static Credentials selfSigned(String commonName) throws IOException {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair keys = generator.generateKeyPair();
                X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "VN")
                        .addRDN(BCStyle.ST, "Bạc Liêu")
                        .addRDN(BCStyle.O, "UBND tỉnh Bạc Liêu")
                        .addRDN(BCStyle.CN, commonName)
                        .build();
                Date from = Date.from(LocalDate.of(2023, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
                Date to = Date.from(LocalDate.of(2027, 12, 31).atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
                ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(2023_0206L),
                        from, to, subject, keys.getPublic()).build(signer);
                return new Credentials(keys, new JcaX509CertificateConverter().getCertificate(holder));
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IOException("cannot make the sample signing certificate", e);
            }
        }

        byte[] sign(InputStream content) throws IOException {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build()).build(signer, certificate));
                generator.addCertificates(new JcaCertStore(List.of(certificate)));
                return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IOException("cannot sign the sample PDF", e);
            }
        }
    }
}
