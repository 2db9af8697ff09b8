package vn.kiemchung.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a correct reader extracts from one sample file, written next to the dossier as
 * {@code expected/<path>.yaml}, plus the finding codes the file is planted to trigger.
 * Field names follow the report's {@code documents[]} entry of the contract.
 */
record ExpectedFields(String docType, String number, String issuer, String parentIssuer, String place,
                      LocalDate issuedOn, boolean dateUnfilled, String subject, String signerAuthority,
                      String signerPosition, String signerName, String copyForm, String province, boolean signed,
                      int digitalSignatures, boolean ocr, String legacyEncoding, String outcome,
                      List<String> defects) {

    private static final Pattern AUTHORITY = Pattern.compile("^(TM\\.|T/M|KT\\.|TL\\.|TUQ\\.|Q\\.)\\s");
    private static final Pattern NUMBER = Pattern.compile("^Số:?\\s*(.*)$");

    /**
     * The fields as printed in {@code text}: number from the "Số" line, place from the date
     * line, signer from the signature block. A draft's blank number ("Số:      /KH-UBND") and
     * blank date give null, with {@code dateUnfilled} set.
     *
     * @param issuedOn null for a blank date
     */
    static ExpectedFields of(DocumentText text, String docType, LocalDate issuedOn, String province) {
        String number = numberOf(text.numberLine());
        String place = text.placeDate().substring(0, text.placeDate().indexOf(',')).strip();
        List<String> signature = text.signature();
        String authority = null;
        String position = null;
        int next = 0;
        if (!signature.isEmpty()) {
            Matcher m = AUTHORITY.matcher(signature.get(0));
            if (m.find()) {
                // Party documents write "T/M"; the field vocabulary has one spelling, "TM."
                authority = m.group(1).equals("T/M") ? "TM." : m.group(1);
                next = 1;
            }
            position = signature.size() > next ? signature.get(next) : null;
        }
        int blank = signature.indexOf("");
        String name = blank >= 0 && blank + 1 < signature.size() ? signature.get(blank + 1) : null;
        String subject = String.join(" ", text.subject());
        if (text.isOfficialLetter() && subject.startsWith("V/v ")) {
            subject = subject.substring(4);
        }
        return new ExpectedFields(docType, number, String.join(" ", text.issuerLines()),
                text.parentLines().isEmpty() ? null : String.join(" ", text.parentLines()), place, issuedOn,
                issuedOn == null, subject, authority, position, name, text.copy() == null ? null : "SAO_Y", province,
                name != null, 0, false, null, "OK", List.of());
    }

    /** A file no reader gets fields from: unreadable, encrypted, or a scan with no usable text. */
    static ExpectedFields unreadable(String outcome, boolean ocr, List<String> defects) {
        return new ExpectedFields(null, null, null, null, null, null, false, null, null, null, null, null, null,
                false, 0, ocr, null, outcome, List.copyOf(defects));
    }

    ExpectedFields defects(String... codes) {
        return new ExpectedFields(docType, number, issuer, parentIssuer, place, issuedOn, dateUnfilled, subject,
                signerAuthority, signerPosition, signerName, copyForm, province, signed, digitalSignatures, ocr,
                legacyEncoding, outcome, List.of(codes));
    }

    ExpectedFields scanned() {
        return new ExpectedFields(docType, number, issuer, parentIssuer, place, issuedOn, dateUnfilled, subject,
                signerAuthority, signerPosition, signerName, copyForm, province, signed, digitalSignatures, true,
                legacyEncoding, outcome, defects);
    }

    ExpectedFields digitallySigned(int count) {
        return new ExpectedFields(docType, number, issuer, parentIssuer, place, issuedOn, dateUnfilled, subject,
                signerAuthority, signerPosition, signerName, copyForm, province, true, count, ocr,
                legacyEncoding, outcome, defects);
    }

    ExpectedFields legacy(String encoding) {
        return new ExpectedFields(docType, number, issuer, parentIssuer, place, issuedOn, dateUnfilled, subject,
                signerAuthority, signerPosition, signerName, copyForm, province, signed, digitalSignatures, ocr,
                encoding, outcome, defects);
    }

    ExpectedFields withDefect(String code) {
        List<String> all = new ArrayList<>(defects);
        all.add(code);
        return defects(all.toArray(String[]::new));
    }

    private static String numberOf(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(line.strip());
        if (!m.find()) {
            return null;
        }
        String value = m.group(1).strip();
        // a draft leaves the number blank: "Số:      /KH-UBND"
        return value.startsWith("/") ? null : value;
    }
}
