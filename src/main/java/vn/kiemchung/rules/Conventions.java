package vn.kiemchung.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The document conventions that change with the date, as the domain experts keep them in
 * {@code rules/conventions/*.csv}: provinces and their names over time, issuing bodies and the
 * units that act for them, the bodies in charge of digital transformation, and the date window
 * each kind of document must fall in. One instance per rule base; rules see it as a fact.
 */
public final class Conventions {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A province's name over a period; {@code successor} is the province it became (renamed or merged into). */
    record Province(String name, String key, String successor, String change, LocalDate validFrom, LocalDate validTo,
                    boolean verified, int line) {
    }

    /**
     * One row of issuers.csv. Each of {@code issuer}, {@code parent}, {@code symbol} is a list of
     * alternatives, each alternative a list of terms that must all hold; an empty list matches anything.
     */
    record IssuerRule(String kind, String nameVi, String nameEn, List<List<Term>> issuer, List<List<Term>> parent,
                      List<List<Term>> symbol, List<String> countsAs, LocalDate validFrom, LocalDate validTo, int line) {

        boolean matches(String foldedIssuer, String foldedParent, String symbolText, LocalDate on) {
            return within(validFrom, validTo, on) && holds(issuer, foldedIssuer) && holds(parent, foldedParent)
                    && holds(symbol, symbolText);
        }

        private static boolean holds(List<List<Term>> alternatives, String text) {
            return alternatives.isEmpty() || alternatives.stream().anyMatch(a -> a.stream().allMatch(t -> t.holds(text)));
        }
    }

    /** A term of a pattern: "^x" starts with x, "x$" ends with x, "!x" does not contain x, else contains x (whole words). */
    record Term(String text, boolean start, boolean end, boolean negated, boolean words) {
        boolean holds(String value) {
            String v = value == null ? "" : value;
            boolean found;
            if (start) {
                found = words ? v.equals(text) || v.startsWith(text + " ") : v.startsWith(text);
            } else if (end) {
                found = v.endsWith(text);
            } else if (words) {
                found = (" " + v + " ").contains(" " + text + " ");
            } else {
                found = v.contains(text);
            }
            return negated != found;
        }
    }

    /** A body in a role (the ministry in charge, the department in charge of DT) over a period. */
    record Body(String role, String nameVi, String nameEn, List<String> issuerTerms, LocalDate validFrom,
                LocalDate validTo, int line) {
    }

    /**
     * The dates a document may carry: {@code from}/{@code to} are offsets "N-1-10-01" from the
     * assessment year N; the row applies to the years whose 1 January is within valid_from..valid_to.
     */
    record Window(String validity, List<String> docTypes, YearDate from, YearDate to, LocalDate validFrom,
                  LocalDate validTo, String nameVi, String nameEn, boolean verified, int line) {
    }

    /** A date relative to the assessment year N: N plus {@code years}, then month and day. */
    record YearDate(int years, int month, int day) {
        LocalDate in(int year) {
            return LocalDate.of(year + years, month, day);
        }
    }

    /** The window a document of some kind falls in, for one assessment year; null bounds are open. */
    public record DateWindow(LocalDate from, LocalDate to, String nameVi, String nameEn, boolean verified) {
        public boolean contains(LocalDate date) {
            return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
        }

        /** "01/10/2024 – 31/12/2025", or "… – 31/12/2025" when open at the start. */
        public String text() {
            return (from == null ? "…" : from.format(VN_DATE)) + " – " + (to == null ? "…" : to.format(VN_DATE));
        }
    }

    static final Conventions NONE = new Conventions(List.of(), List.of(), List.of(), List.of(), "");

    private final List<Province> provinces;
    private final List<IssuerRule> issuers;
    private final List<Body> bodies;
    private final List<Window> windows;
    private final String hash;

    Conventions(List<Province> provinces, List<IssuerRule> issuers, List<Body> bodies, List<Window> windows, String hash) {
        this.provinces = List.copyOf(provinces);
        this.issuers = List.copyOf(issuers);
        this.bodies = List.copyOf(bodies);
        this.windows = List.copyOf(windows);
        this.hash = hash;
    }

    /** SHA-256 over the convention files' paths and bytes (empty when there are none). */
    String hash() {
        return hash;
    }

    static boolean within(LocalDate from, LocalDate to, LocalDate on) {
        return on == null || ((from == null || !on.isBefore(from)) && (to == null || !on.isAfter(to)));
    }

    // ---- provinces -------------------------------------------------------------------------

    /** "Tỉnh Bạc Liêu", "TP. Huế", "Thành phố Hồ Chí Minh" → "bac lieu", "hue", "ho chi minh". */
    public static String provinceKey(String name) {
        String folded = VietnameseText.fold(name == null ? "" : name).strip().replaceAll("\\s+", " ");
        for (String prefix : new String[] {"tinh ", "thanh pho ", "tp. ", "tp.", "tp "}) {
            if (folded.startsWith(prefix)) {
                folded = folded.substring(prefix.length());
            }
        }
        return folded.strip();
    }

    /**
     * True when a document naming {@code documentProvince} belongs to the dossier of {@code dossierProvince}
     * for {@code year}: the same province, a former name of it, or a province merged into it before or during
     * the assessment year.
     */
    public boolean countsFor(String dossierProvince, int year, String documentProvince) {
        return predecessorOf(dossierProvince, year, documentProvince) != null
                || provinceKey(documentProvince).equals(provinceKey(dossierProvince));
    }

    /**
     * The row saying how {@code documentProvince} became {@code dossierProvince} (renamed or merged into it in time
     * for {@code year}), or null when it did not.
     */
    Province predecessorOf(String dossierProvince, int year, String documentProvince) {
        String target = provinceKey(dossierProvince);
        String key = provinceKey(documentProvince);
        Province first = null;
        for (int hops = 0; hops < 5 && !key.equals(target); hops++) {
            Optional<Province> step = province(key).filter(p -> !p.successor().isEmpty());
            if (step.isEmpty()) {
                return null;
            }
            Province p = step.get();
            // A merger counts from the year the merged province is assessed as one; a new name always.
            if ("MERGED".equals(p.change()) && p.validTo() != null && year < p.validTo().plusDays(1).getYear()) {
                return null;
            }
            if (first == null) {
                first = p;
            }
            key = provinceKey(p.successor());
        }
        return key.equals(target) ? first : null;
    }

    /** "tỉnh Bến Tre (đến 30/06/2025, nay thuộc Vĩnh Long)", for messages; null when it is not a predecessor. */
    public String predecessorNoteVi(String dossierProvince, int year, String documentProvince) {
        Province p = predecessorOf(dossierProvince, year, documentProvince);
        if (p == null) {
            return null;
        }
        String until = p.validTo() == null ? "" : "đến " + p.validTo().format(VN_DATE) + ", ";
        return p.name() + " (" + until + ("RENAMED".equals(p.change()) ? "nay là " : "nay thuộc ") + p.successor() + ")";
    }

    public String predecessorNoteEn(String dossierProvince, int year, String documentProvince) {
        Province p = predecessorOf(dossierProvince, year, documentProvince);
        if (p == null) {
            return null;
        }
        String until = p.validTo() == null ? "" : "until " + p.validTo().format(VN_DATE) + ", ";
        return p.name() + " (" + until + ("RENAMED".equals(p.change()) ? "now " : "now part of ") + p.successor() + ")";
    }

    Optional<Province> province(String key) {
        return provinces.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    List<Province> provinces() {
        return provinces;
    }

    /**
     * The provinces of a dossier for {@code year}: those in force on 31 December of that year, in the
     * order of provinces.csv (the 34 from 01/07/2025, the 63 before; Huế from 01/01/2025).
     */
    public List<String> provincesOf(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return provinces.stream().filter(p -> within(p.validFrom(), p.validTo(), end)).map(Province::name).toList();
    }

    // ---- issuers ---------------------------------------------------------------------------

    /** The kind of body that issued the document, read from both header lines, the symbol and the date. */
    public String issuerKind(String issuer, String parentIssuer, String number, LocalDate issuedOn) {
        if (issuers.isEmpty()) {
            return "UNKNOWN"; // a rules folder without conventions: no issuer is judged rather than every one rejected
        }
        Optional<IssuerRule> rule = issuerRule(issuer, parentIssuer, number, issuedOn);
        if (rule.isPresent()) {
            return rule.get().kind();
        }
        boolean blank = (issuer == null || issuer.isBlank()) && (number == null || number.isBlank());
        return blank ? "UNKNOWN" : "OTHER";
    }

    Optional<IssuerRule> issuerRule(String issuer, String parentIssuer, String number, LocalDate issuedOn) {
        if ((issuer == null || issuer.isBlank()) && (number == null || number.isBlank())
                && (parentIssuer == null || parentIssuer.isBlank())) {
            return Optional.empty();
        }
        String i = VietnameseText.fold(issuer == null ? "" : issuer).strip();
        String p = VietnameseText.fold(parentIssuer == null ? "" : parentIssuer).strip();
        String n = symbol(number);
        return issuers.stream().filter(r -> r.matches(i, p, n, issuedOn)).findFirst();
    }

    /** The number in capitals without diacritics, Đ as D: "1407-QĐ/TU" → "1407-QD/TU". */
    static String symbol(String number) {
        return VietnameseText.fold(number == null ? "" : number).strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The kinds a document's issuer stands for: its own, then the bodies it acts for. */
    public List<String> issuerKinds(DocumentFact d) {
        List<String> kinds = new ArrayList<>();
        kinds.add(d.getIssuerKind());
        issuerRule(d.getIssuer(), d.getParentIssuer(), d.getNumber(), d.getIssuedOn())
                .ifPresent(r -> kinds.addAll(r.countsAs()));
        return kinds;
    }

    /**
     * True when the component accepts the document's issuer: its own kind, a body it acts for (the office for
     * the People's Committee), or, for a component measured by a figure (RATIO, MIN_MAX), a source of figures
     * (police, statistics office, telecom enterprises, communes from 01/07/2025).
     */
    public boolean acceptsIssuer(IndicatorFact indicator, DocumentFact d) {
        if ("UNKNOWN".equals(d.getIssuerKind())) {
            return true;
        }
        for (String kind : issuerKinds(d)) {
            if ("FIGURES".equals(kind)) {
                if ("RATIO".equals(indicator.getMethod()) || "MIN_MAX".equals(indicator.getMethod())) {
                    return true;
                }
            } else if (indicator.acceptsIssuerKind(kind)) {
                return true;
            }
        }
        return false;
    }

    /** "Văn phòng UBND tỉnh (thay mặt Ủy ban nhân dân tỉnh)": the body as the conventions name it at the document's date. */
    public String issuerDescriptionVi(DocumentFact d) {
        return issuerRule(d.getIssuer(), d.getParentIssuer(), d.getNumber(), d.getIssuedOn())
                .map(IssuerRule::nameVi).orElse("cơ quan chưa xác định");
    }

    public String issuerDescriptionEn(DocumentFact d) {
        return issuerRule(d.getIssuer(), d.getParentIssuer(), d.getNumber(), d.getIssuedOn())
                .map(IssuerRule::nameEn).orElse("an unrecognised body");
    }

    /** The document's issuer as printed: "UBND TỈNH X / VĂN PHÒNG" when the header has two lines. */
    public static String issuerLines(DocumentFact d) {
        String issuer = d.getIssuer() == null ? "" : d.getIssuer();
        String parent = d.getParentIssuer();
        return parent == null || parent.isBlank() ? issuer : parent + " / " + issuer;
    }

    // ---- bodies in a role ------------------------------------------------------------------

    /** The body holding a role on a date, in Vietnamese ("Bộ TT&TT" before 01/03/2025, "Bộ KH&CN" after). */
    public String bodyVi(String role, LocalDate on) {
        return body(role, on).map(Body::nameVi).orElse(role);
    }

    public String bodyEn(String role, LocalDate on) {
        return body(role, on).map(Body::nameEn).orElse(role);
    }

    /** True when the issuer names the body holding the role at the document's date (e.g. the department in charge of DT). */
    public boolean isBody(String role, DocumentFact d) {
        String issuer = VietnameseText.fold((d.getParentIssuer() == null ? "" : d.getParentIssuer()) + " "
                + (d.getIssuer() == null ? "" : d.getIssuer()) + " " + (d.getNumber() == null ? "" : d.getNumber()));
        return body(role, d.getIssuedOn()).map(b -> b.issuerTerms().stream().anyMatch(issuer::contains)).orElse(false);
    }

    Optional<Body> body(String role, LocalDate on) {
        return bodies.stream().filter(b -> b.role().equals(role) && within(b.validFrom(), b.validTo(), on)).findFirst();
    }

    /** The body holding a role when the year's evidence is submitted (the end of the reports' window in N+1). */
    public String bodyAtSubmissionVi(String role, int year) {
        return bodyVi(role, submission(year));
    }

    public String bodyAtSubmissionEn(String role, int year) {
        return bodyEn(role, submission(year));
    }

    LocalDate submission(int year) {
        return windows.stream().filter(w -> w.to() != null && w.to().years() > 0)
                .map(w -> w.to().in(year)).findFirst().orElse(LocalDate.of(year + 1, 6, 30));
    }

    // ---- date windows ----------------------------------------------------------------------

    /** The window for a document of this type under a component of this validity, for assessment year {@code year}. */
    public DateWindow window(String validity, String docType, int year) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        for (Window w : windows) {
            if (!w.validity().equals(validity) || !within(w.validFrom(), w.validTo(), yearStart)) {
                continue;
            }
            if (w.docTypes().contains("*") || (docType != null && w.docTypes().contains(docType))) {
                return new DateWindow(w.from() == null ? null : w.from().in(year), w.to() == null ? null : w.to().in(year),
                        withYear(w.nameVi(), year), withYear(w.nameEn(), year), w.verified());
            }
        }
        // Without conventions: the calendar year, or any date up to its end for a standing document.
        return "IN_FORCE".equals(validity)
                ? new DateWindow(null, LocalDate.of(year, 12, 31), "văn bản còn hiệu lực năm " + year,
                        "a standing document in force in " + year, true)
                : new DateWindow(yearStart, LocalDate.of(year, 12, 31), "văn bản năm " + year, "a document of " + year, true);
    }

    /** "năm N (từ quý IV năm N−1)" → "năm 2025 (từ quý IV năm 2024)": N, N−1 and N+1 as whole words only. */
    static String withYear(String text, int year) {
        String before = "(?<![\\p{L}\\p{N}])";
        String after = "(?![\\p{L}\\p{N}])";
        return text.replaceAll(before + "N\\s*[−-]\\s*1" + after, String.valueOf(year - 1))
                .replaceAll(before + "N\\s*\\+\\s*1" + after, String.valueOf(year + 1))
                .replaceAll(before + "N" + after, String.valueOf(year));
    }

    /** The document's date as assessors write it: dd/mm/yyyy. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.format(VN_DATE);
    }
}
