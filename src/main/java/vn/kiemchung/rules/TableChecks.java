package vn.kiemchung.rules;

import vn.kiemchung.extraction.VietnameseText;
import vn.kiemchung.extraction.fields.CommitteeMembers;

/**
 * The conditions the table kinds' rule templates test, one method per column. Each takes the
 * column's value as the expert wrote it; an empty value means the condition is left out (true).
 * Phrase lists are separated by ";" and matched without regard to case or diacritics.
 */
public final class TableChecks {

    private TableChecks() {
    }

    /** True when the text mentions none of the phrases. */
    public static boolean mentionsNoneOf(DocumentFact d, String phrases) {
        for (String p : phrases.split(";")) {
            if (!p.isBlank() && d.mentions(p.strip())) {
                return false;
            }
        }
        return true;
    }

    /** True when the text leaves out at least one of the phrases. */
    public static boolean lacksOneOf(DocumentFact d, String phrases) {
        if (phrases.isBlank()) {
            return true;
        }
        for (String p : phrases.split(";")) {
            if (!p.isBlank() && !d.mentions(p.strip())) {
                return true;
            }
        }
        return false;
    }

    /** True when the issuer line mentions none of the phrases. */
    public static boolean issuerMentionsNoneOf(DocumentFact d, String phrases) {
        String issuer = d.getIssuer() == null ? "" : d.getIssuer();
        for (String p : phrases.split(";")) {
            if (!p.isBlank() && VietnameseText.mentions(issuer, p.strip())) {
                return false;
            }
        }
        return true;
    }

    public static boolean docTypeIs(DocumentFact d, String docType) {
        return docType.isEmpty() || docType.equals(d.getDocType());
    }

    public static boolean issuerKindIs(DocumentFact d, String kind) {
        return kind.isEmpty() || kind.equals(d.getIssuerKind());
    }

    /** True when the document is dated in the assessment year, before the month (1–12); a month of 0 leaves it out. */
    public static boolean issuedInTheYearBeforeMonth(DocumentFact d, int year, int month) {
        return month <= 0 || (d.getIssuedOn() != null && d.getIssuedYear() == year && d.getIssuedOn().getMonthValue() < month);
    }

    /** True when the text names a head of the committee who holds one of the titles. */
    public static boolean headHoldsOneOf(DocumentFact d, String titles) {
        if (titles.isBlank()) {
            return true;
        }
        CommitteeMembers.Member head = d.getCommitteeHead();
        return head != null && head.holdsOneOf(titles);
    }

    /** True when the text names a head of the committee who holds none of the titles. */
    public static boolean headHoldsNoneOf(DocumentFact d, String titles) {
        if (titles.isBlank()) {
            return true;
        }
        CommitteeMembers.Member head = d.getCommitteeHead();
        return head != null && !head.holdsOneOf(titles);
    }
}
