package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

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

        boolean matches(Spelling issuerText, Spelling parentText, String symbolText, LocalDate on) {
            return within(validFrom, validTo, on) && holds(issuer, issuerText) && holds(parent, parentText)
                    && holds(symbol, new Spelling(symbolText, symbolText, false));
        }

        private static boolean holds(List<List<Term>> alternatives, Spelling text) {
            return alternatives.isEmpty() || alternatives.stream().anyMatch(a -> a.stream().allMatch(t -> t.holds(text)));
        }
    }

    /**
     * A header line as terms are matched against it: folded (no diacritics) and as its skeleton (tones dropped, the
     * letters â ê ô ơ ư ă đ kept). A line typed with Vietnamese letters is matched by skeleton, so "sở" (department)
     * is not "số" (digital) nor "sơ"; a line typed without diacritics is matched folded.
     */
    record Spelling(String folded, String skeleton, boolean marked) {
        static Spelling of(String text) {
            String t = text == null ? "" : text;
            return new Spelling(VietnameseText.fold(t).strip(), Conventions.skeleton(t), hasMarks(t));
        }
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** Lower case, tones dropped, vowel letters kept: "SỞ KHOA HỌC" → "sơ khoa hoc", "Uỷ ban" and "Ủy ban" → "uy ban". */
    static String skeleton(String text) {
        String d = java.text.Normalizer.normalize(text.replace('\u00D0', '\u0110'), java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    /** Whether the text carries any Vietnamese mark (a tone, â ê ô ơ ư ă, or đ). */
    static boolean hasMarks(String text) {
        String d = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if ((c >= '\u0300' && c <= '\u036F') || c == '\u0111' || c == '\u0110' || c == '\u00D0') {
                return true;
            }
        }
        return false;
    }

    /** A term of a pattern: "^x" starts with x, "x$" ends with x, "!x" does not contain x, else contains x (whole words). */
    record Term(String text, String skeleton, boolean start, boolean end, boolean negated, boolean words) {
        boolean holds(Spelling value) {
            // A term written with Vietnamese letters is compared letter for letter (tones aside) with a line that has them.
            boolean bySkeleton = words && value.marked() && hasMarks(skeleton);
            String v = bySkeleton ? value.skeleton() : value.folded();
            String text = bySkeleton ? skeleton : this.text;
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
    /** One value of a named list in lists.csv (e.g. "cấp hành chính": "cấp huyện" until 30/06/2025). */
    record ListEntry(String list, String valueVi, String valueEn, LocalDate validFrom, LocalDate validTo) {
    }

    record Window(String validity, List<String> docTypes, YearDate from, YearDate to, LocalDate validFrom,
                  LocalDate validTo, String nameVi, String nameEn, boolean verified, int line, List<String> components) {
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

    static final Conventions NONE = new Conventions(List.of(), List.of(), List.of(), List.of(), List.of(), "");

    private final List<Province> provinces;
    private final List<IssuerRule> issuers;
    private final List<Body> bodies;
    private final List<Window> windows;
    private final List<ListEntry> lists;
    private final String hash;

    Conventions(List<Province> provinces, List<IssuerRule> issuers, List<Body> bodies, List<Window> windows,
                List<ListEntry> lists, String hash) {
        this.provinces = List.copyOf(provinces);
        this.issuers = List.copyOf(issuers);
        this.bodies = List.copyOf(bodies);
        this.windows = List.copyOf(windows);
        this.lists = List.copyOf(lists);
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
        return predecessorNote(p).vi();
    }

    public String predecessorNoteEn(String dossierProvince, int year, String documentProvince) {
        Province p = predecessorOf(dossierProvince, year, documentProvince);
        if (p == null) {
            return null;
        }
        return predecessorNote(p).en();
    }

    /** A former province with its end date and what it became (rules.conventions.words.renamed / merged[Open]). */
    private static Bilingual predecessorNote(Province p) {
        String key = "rules.conventions.words." + ("RENAMED".equals(p.change()) ? "renamed" : "merged");
        return p.validTo() == null
                ? Bilingual.of(key + "Open", p.name(), String.valueOf(p.successor()))
                : Bilingual.of(key, p.name(), p.validTo().format(VN_DATE), String.valueOf(p.successor()));
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
        Spelling i = Spelling.of(issuer);
        Spelling p = Spelling.of(parentIssuer);
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
                .map(IssuerRule::nameVi).orElseGet(() -> Bilingual.of("rules.conventions.words.unknownIssuer").vi());
    }

    public String issuerDescriptionEn(DocumentFact d) {
        return issuerRule(d.getIssuer(), d.getParentIssuer(), d.getNumber(), d.getIssuedOn())
                .map(IssuerRule::nameEn).orElseGet(() -> Bilingual.of("rules.conventions.words.unknownIssuer").en());
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

    // ---- placeholders in the experts' tables ----------------------------------------------

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]+)}");

    static String listKey(String name) {
        return VietnameseText.fold(name).strip().replaceAll("\\s+", " ");
    }

    /** The date a document's conventions are taken at: its issue date, or the end of the assessment year. */
    static LocalDate at(DocumentFact d, int year) {
        return d.getIssuedOn() != null ? d.getIssuedOn() : LocalDate.of(year, 12, 31);
    }

    /**
     * A table's phrase cell with its placeholders filled for the document's date: {@code {DT_DEPARTMENT}}
     * becomes the issuer words of the body holding that role (bodies.csv), {@code {cấp hành chính}} the values of
     * that list (lists.csv) in force, each as its own phrase.
     */
    public String phrases(String cell, DocumentFact d, int year) {
        return fill(cell, at(d, year), b -> String.join(";", b.issuerTerms()), values -> String.join(";", values), true);
    }

    /** A message or fix with its placeholders filled: a role by the body's name, a list by its values in force. */
    public String words(String text, DocumentFact d, int year, boolean vietnamese) {
        return fill(text, at(d, year), b -> vietnamese ? b.nameVi() : b.nameEn(), values -> String.join(", ", values), vietnamese);
    }

    private String fill(String text, LocalDate on, java.util.function.Function<Body, String> body,
                        java.util.function.Function<List<String>, String> list, boolean vietnamese) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String replacement = body(name.toUpperCase(java.util.Locale.ROOT), on).map(body)
                    .orElseGet(() -> list.apply(listValues(name, on, vietnamese)));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> listValues(String name, LocalDate on, boolean vietnamese) {
        String key = listKey(name);
        return lists.stream().filter(e -> e.list().equals(key) && within(e.validFrom(), e.validTo(), on))
                .map(e -> vietnamese ? e.valueVi() : e.valueEn()).toList();
    }

    /** The placeholders of a text that name neither a role of bodies.csv nor a list of lists.csv. */
    public List<String> unknownPlaceholders(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            boolean role = bodies.stream().anyMatch(b -> b.role().equals(name.toUpperCase(java.util.Locale.ROOT)));
            boolean list = lists.stream().anyMatch(e -> e.list().equals(listKey(name)));
            if (!role && !list) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    // ---- date windows ----------------------------------------------------------------------

    /** The window for a document of this type under a component of this validity, for assessment year {@code year}. */
    public DateWindow window(String validity, String docType, int year) {
        return window(validity, docType, year, null);
    }

    /**
     * As {@link #window(String, String, int)} for a document filed under component {@code code}: a row of
     * date-windows.csv limited to some components (column {@code components}) applies to those only.
     */
    public DateWindow window(String validity, String docType, int year, String code) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        for (Window w : windows) {
            if (!w.validity().equals(validity) || !within(w.validFrom(), w.validTo(), yearStart)
                    || (!w.components().isEmpty() && !w.components().contains(code))) {
                continue;
            }
            if (w.docTypes().contains("*") || (docType != null && w.docTypes().contains(docType))) {
                return new DateWindow(w.from() == null ? null : w.from().in(year), w.to() == null ? null : w.to().in(year),
                        withYear(w.nameVi(), year), withYear(w.nameEn(), year), w.verified());
            }
        }
        // Without conventions: the calendar year, or any date up to its end for a standing document.
        Bilingual name = Bilingual.of("IN_FORCE".equals(validity) ? "rules.conventions.words.inForce" : "rules.conventions.words.ofYear",
                String.valueOf(year));
        return new DateWindow("IN_FORCE".equals(validity) ? null : yearStart, LocalDate.of(year, 12, 31), name.vi(), name.en(), true);
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
