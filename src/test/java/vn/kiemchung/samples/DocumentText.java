package vn.kiemchung.samples;

import java.util.List;

/**
 * The printed content of one administrative document, laid out by {@link DecreeLayout} the way
 * Decree 30/2020 places it. Kept free of any file format so that the same text can become a
 * text PDF, a scan, a DOCX or a TCVN3 DOCX.
 *
 * @param parentLines  top-left, above the issuer: the parent body (cơ quan chủ quản), regular; may be empty
 * @param issuerLines  top-left: the issuing body in bold capitals, wrapped over one to three lines
 * @param party        true for Party documents: right header "ĐẢNG CỘNG SẢN VIỆT NAM" instead of
 *                     the national motto
 * @param numberLine   "Số: 412/QĐ-UBND", "Số 05-NQ/TU" or the blank draft "Số:      /KH-UBND"
 * @param placeDate    "Bạc Liêu, ngày 15 tháng 3 năm 2023" (printed in italics)
 * @param typeName     "QUYẾT ĐỊNH", "KẾ HOẠCH"...; null for a công văn
 * @param subject      trích yếu lines; for a công văn the "V/v ..." lines under the number
 * @param addressees   "Kính gửi:" lines of a công văn; empty otherwise
 * @param body         paragraphs; a paragraph starting with {@link #HEADING} is centred in bold
 * @param signature    signature block lines, bottom right: authority, position, (blank), name
 * @param recipients   "Nơi nhận:" list, bottom left
 * @param copy         certified-copy block printed under the original, or null
 */
public record DocumentText(List<String> parentLines, List<String> issuerLines, boolean party, String numberLine, String placeDate,
                           String typeName, List<String> subject, List<String> addressees, List<String> body,
                           List<String> signature, List<String> recipients, CertifiedCopy copy) {

    /** Marks a body paragraph printed centred and bold, such as "QUYẾT ĐỊNH:" or "Điều 1." headings. */
    public static final String HEADING = "##";

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

    public boolean isOfficialLetter() {
        return typeName == null;
    }

    public DocumentText withCopy(CertifiedCopy certifiedCopy) {
        return new DocumentText(parentLines, issuerLines, party, numberLine, placeDate, typeName, subject, addressees, body,
                signature, recipients, certifiedCopy);
    }

    /**
     * The "SAO Y" block (Decree 30, Phụ lục I phần II) an office adds when it certifies a copy.
     *
     * @param issuerLines the copying body, top left (parent first, the last line bold)
     * @param numberLine  "Số: 15/SY-VP"
     * @param placeDate   date of the copy
     * @param signature   authority, position, blank, name of whoever certified the copy
     * @param recipients  "Nơi nhận:" of the copy
     */
    public record CertifiedCopy(List<String> issuerLines, String numberLine, String placeDate,
                                List<String> signature, List<String> recipients) {
    }
}
