package vn.kiemchung.extraction.parsing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;
import vn.kiemchung.extraction.RawText.PdfSignature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

/**
 * Lists a PDF's signature dictionaries: who signed (the CMS signer certificate's CN), when, and
 * whether the signed byte range reaches the end of the file. Bytes appended after the last
 * signature mean the document was changed after signing. The signature itself is not verified.
 */
final class PdfSignatures {

    private PdfSignatures() {
    }

    static List<PdfSignature> read(Path file) throws IOException {
        long length = Files.size(file);
        List<PdfSignature> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                byte[] cms = signature.getContents();
                SignerFacts facts = cms == null || cms.length == 0 ? SignerFacts.NONE : SignerFacts.of(cms);
                String name = facts.commonName() != null ? facts.commonName() : signature.getName();
                OffsetDateTime at = toOffset(signature.getSignDate());
                if (at == null) {
                    at = facts.signingTime();
                }
                int[] range = signature.getByteRange();
                boolean whole = range != null && range.length == 4 && (long) range[2] + range[3] == length;
                found.add(new PdfSignature(name, at, whole));
            }
        }
        return found;
    }

    private static OffsetDateTime toOffset(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(
                (calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET)) / 1000);
        return calendar.toInstant().atOffset(offset);
    }

    /** What the CMS blob says about its first signer; nulls when it cannot be read. */
    private record SignerFacts(String commonName, OffsetDateTime signingTime) {
        static final SignerFacts NONE = new SignerFacts(null, null);

        @SuppressWarnings("unchecked")
        static SignerFacts of(byte[] cms) {
            try {
                CMSSignedData signed = new CMSSignedData(cms);
                Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
                if (signers.isEmpty()) {
                    return NONE;
                }
                SignerInformation signer = signers.iterator().next();
                Collection<X509CertificateHolder> certificates =
                        signed.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
                String cn = certificates.isEmpty() ? null : commonName(certificates.iterator().next());
                return new SignerFacts(cn, signingTime(signer));
            } catch (Exception unreadable) {
                // A damaged or non-CMS blob still counts as a signature; the /Name stands in.
                return NONE;
            }
        }

        private static String commonName(X509CertificateHolder certificate) {
            RDN[] cns = certificate.getSubject().getRDNs(BCStyle.CN);
            if (cns.length == 0) {
                return null;
            }
            ASN1Encodable value = cns[0].getFirst().getValue();
            return value instanceof ASN1String text ? text.getString() : value.toString();
        }

        private static OffsetDateTime signingTime(SignerInformation signer) {
            if (signer.getSignedAttributes() == null) {
                return null;
            }
            Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
            if (attribute == null || attribute.getAttrValues().size() == 0) {
                return null;
            }
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant()
                    .atOffset(ZoneOffset.UTC);
        }
    }
}
