package vn.kiemchung.samples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The document information every sample PDF carries. Fixed dates and an /ID derived from the
 * file's name keep regenerated files byte-identical (PDFBox would otherwise stamp the current
 * time and a random /ID).
 */
record PdfInfo(String title, String author, LocalDate created, String idSeed) {

    static final String PRODUCER = "kiemchung sample generator (PDFBox)";

    void applyTo(PDDocument document) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Microsoft Word - " + title); // what provincial offices typically export from
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar(created));
        info.setModificationDate(calendar(created));
        document.setDocumentInformation(info);
        byte[] id = md5(idSeed);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(7)));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 8, 30, 0);
        return calendar;
    }

    private static byte[] md5(String seed) {
        try {
            return MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
