package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.catalogue.CsvReader;
import vn.kiemchung.catalogue.CsvRow;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Reads {@code rules/conventions/*.csv} (provinces.csv, issuers.csv, bodies.csv, date-windows.csv, and the
 * optional lists.csv). Every
 * mistake an expert can make in Excel is reported as a {@link RuleProblem} naming the file and line, in
 * Vietnamese and English; all of a file's problems are collected before the load fails.
 */
final class ConventionsLoader {

    static final String FOLDER = "conventions";
    static final Set<String> KINDS = Set.of("STEERING_COMMITTEE", "PROVINCE_PARTY", "MINISTRY", "PROVINCE_COUNCIL",
            "DEPARTMENT", "PROVINCE_PEOPLES_COMMITTEE", "OFFICE_OF_PEOPLES_COMMITTEE", "DISTRICT", "COMMUNE", "POLICE",
            "STATISTICS", "TELECOM", "BANK", "OTHER");
    private static final Pattern YEAR_DATE = Pattern.compile("N(?:([+-])(\\d))?-(\\d{2})-(\\d{2})");

    private final Path rulesRoot;
    private final List<RuleProblem> problems = new ArrayList<>();

    ConventionsLoader(Path rulesRoot) {
        this.rulesRoot = rulesRoot;
    }

    /** The conventions of the rules folder; {@link Conventions#NONE} when it has no conventions folder. */
    static Conventions load(Path rulesRoot) {
        return new ConventionsLoader(rulesRoot).read();
    }

    Conventions read() {
        Path dir = rulesRoot.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return Conventions.NONE;
        }
        MessageDigest digest = sha256();
        List<Conventions.Province> provinces = provinces(table(dir, "provinces.csv", digest,
                "name", "successor", "change", "valid_from", "valid_to"));
        List<Conventions.IssuerRule> issuers = issuers(table(dir, "issuers.csv", digest,
                "kind", "name_vi", "name_en", "issuer", "parent", "symbol", "counts_as", "valid_from", "valid_to"));
        List<Conventions.Body> bodies = bodies(table(dir, "bodies.csv", digest,
                "role", "name_vi", "name_en", "issuer", "valid_from", "valid_to"));
        List<Conventions.Window> windows = windows(table(dir, "date-windows.csv", digest,
                "validity", "doc_types", "from", "to", "valid_from", "valid_to", "name_vi", "name_en"));
        // lists.csv (named lists that change with the date, e.g. the levels of government) is optional.
        List<Conventions.ListEntry> lists = Files.isRegularFile(dir.resolve("lists.csv"))
                ? lists(table(dir, "lists.csv", digest, "list", "value_vi", "value_en", "valid_from", "valid_to"))
                : List.of();
        if (problems.stream().anyMatch(RuleProblem::error)) {
            throw new RuleCompilationException(0, problems);
        }
        return new Conventions(provinces, issuers, bodies, windows, lists, HexFormat.of().formatHex(digest.digest()));
    }

    /** A CSV file with its header; null (with a problem recorded) when it is missing or unreadable. */
    private Table table(Path dir, String name, MessageDigest digest, String... required) {
        String rel = FOLDER + "/" + name;
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            problem(rel, 0, Bilingual.of("rules.conventions.conventionsFileMissing", String.valueOf(name)));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digest.update(rel.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problem(rel, 0, Bilingual.of("rules.conventions.fileNotUtfExcel"));
            return null;
        }
        List<CsvRow> rows;
        try {
            rows = CsvReader.parse(text);
        } catch (CsvReader.UnterminatedQuoteException e) {
            problem(rel, 0, Bilingual.of("rules.conventions.quoteOpenedNeverClosed"));
            return null;
        }
        if (rows.isEmpty()) {
            problem(rel, 1, Bilingual.of("rules.conventions.headerRowMissing"));
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problem(rel, rows.get(0).line(), Bilingual.of("rules.conventions.missingColumn", String.valueOf(column)));
            }
        }
        if (!columns.keySet().containsAll(Arrays.asList(required))) {
            return null;
        }
        return new Table(rel, columns, rows.subList(1, rows.size()).stream().filter(r -> !r.blank()).toList());
    }

    private record Table(String file, Map<String, Integer> columns, List<CsvRow> rows) {
        String get(CsvRow row, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : VietnameseText.normalize(row.cell(i)).strip();
        }
    }

    private List<Conventions.Province> provinces(Table t) {
        List<Conventions.Province> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        Set<String> keys = new HashSet<>();
        for (CsvRow row : t.rows()) {
            String name = t.get(row, "name");
            if (name.isEmpty()) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.provinceNameColumnName"));
                continue;
            }
            String key = Conventions.provinceKey(name);
            if (!keys.add(key)) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.provinceListedTwice", String.valueOf(name)));
            }
            String change = t.get(row, "change").toUpperCase(Locale.ROOT);
            String successor = t.get(row, "successor");
            if (!successor.isEmpty() && !Set.of("MERGED", "RENAMED").contains(change)) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.columnChangeMergedRenamed"));
            }
            LocalDate from = date(t, row, "valid_from");
            LocalDate to = date(t, row, "valid_to");
            if (!successor.isEmpty() && to == null) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.provinceWithSuccessorNeeds"));
            }
            order(t, row, from, to);
            list.add(new Conventions.Province(name, key, successor, change, from, to, flag(t, row), row.line()));
        }
        for (Conventions.Province p : list) {
            if (!p.successor().isEmpty() && !keys.contains(Conventions.provinceKey(p.successor()))) {
                problem(t.file(), p.line(), Bilingual.of("rules.conventions.successorHasNoRow", String.valueOf(p.successor())));
            }
        }
        return list;
    }

    private List<Conventions.IssuerRule> issuers(Table t) {
        List<Conventions.IssuerRule> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        for (CsvRow row : t.rows()) {
            String kind = t.get(row, "kind").toUpperCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.unknownIssuerKind", String.valueOf(kind), String.valueOf(KINDS.stream().sorted().toList())));
                continue;
            }
            List<List<Conventions.Term>> issuer = pattern(t.get(row, "issuer"), true);
            List<List<Conventions.Term>> parent = pattern(t.get(row, "parent"), true);
            List<List<Conventions.Term>> symbol = pattern(t.get(row, "symbol"), false);
            if (issuer.isEmpty() && parent.isEmpty() && symbol.isEmpty()) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.atLeastOneColumns"));
            }
            List<String> countsAs = new ArrayList<>();
            for (String k : t.get(row, "counts_as").split("[;,]")) {
                String s = k.strip().toUpperCase(Locale.ROOT);
                if (s.isEmpty()) {
                    continue;
                }
                if (!KINDS.contains(s) && !s.equals("FIGURES")) {
                    problem(t.file(), row.line(), Bilingual.of("rules.conventions.countsAsNeitherIssuer", String.valueOf(s)));
                }
                countsAs.add(s);
            }
            LocalDate from = date(t, row, "valid_from");
            LocalDate to = date(t, row, "valid_to");
            order(t, row, from, to);
            list.add(new Conventions.IssuerRule(kind, t.get(row, "name_vi"), t.get(row, "name_en"), issuer, parent,
                    symbol, List.copyOf(countsAs), from, to, row.line()));
        }
        return list;
    }

    /** "ủy ban nhân dân&xã|^ubnd&xã": alternatives separated by |, terms of one alternative by &. */
    private static List<List<Conventions.Term>> pattern(String cell, boolean words) {
        List<List<Conventions.Term>> alternatives = new ArrayList<>();
        for (String alternative : cell.split("\\|")) {
            List<Conventions.Term> terms = new ArrayList<>();
            for (String raw : alternative.split("&")) {
                String s = raw.strip();
                boolean negated = s.startsWith("!");
                if (negated) {
                    s = s.substring(1).strip();
                }
                boolean start = s.startsWith("^");
                boolean end = s.endsWith("$");
                s = s.replace("^", "").replace("$", "").strip();
                if (s.isEmpty()) {
                    continue;
                }
                String text = words ? VietnameseText.fold(s).strip() : Conventions.symbol(s);
                terms.add(new Conventions.Term(text, words ? Conventions.skeleton(s) : text, start, end, negated, words));
            }
            if (!terms.isEmpty()) {
                alternatives.add(List.copyOf(terms));
            }
        }
        return List.copyOf(alternatives);
    }

    private List<Conventions.ListEntry> lists(Table t) {
        List<Conventions.ListEntry> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        for (CsvRow row : t.rows()) {
            String name = t.get(row, "list");
            String value = t.get(row, "value_vi");
            if (name.isEmpty() || value.isEmpty()) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.listNameValueValue"));
                continue;
            }
            if (name.contains("{") || name.contains("}") || name.contains(";")) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.listNameMayNot"));
                continue;
            }
            LocalDate from = date(t, row, "valid_from");
            LocalDate to = date(t, row, "valid_to");
            order(t, row, from, to);
            String en = t.get(row, "value_en");
            list.add(new Conventions.ListEntry(Conventions.listKey(name), value, en.isEmpty() ? value : en, from, to));
        }
        return list;
    }

    private List<Conventions.Body> bodies(Table t) {
        List<Conventions.Body> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        for (CsvRow row : t.rows()) {
            String role = t.get(row, "role").toUpperCase(Locale.ROOT);
            String name = t.get(row, "name_vi");
            if (role.isEmpty() || name.isEmpty()) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.roleNameNameVi"));
                continue;
            }
            List<String> terms = Arrays.stream(t.get(row, "issuer").split("\\|")).map(s -> VietnameseText.fold(s).strip())
                    .filter(s -> !s.isEmpty()).toList();
            LocalDate from = date(t, row, "valid_from");
            LocalDate to = date(t, row, "valid_to");
            order(t, row, from, to);
            list.add(new Conventions.Body(role, name, t.get(row, "name_en"), terms, from, to, row.line()));
        }
        return list;
    }

    private List<Conventions.Window> windows(Table t) {
        List<Conventions.Window> list = new ArrayList<>();
        if (t == null) {
            return list;
        }
        for (CsvRow row : t.rows()) {
            String validity = t.get(row, "validity").toUpperCase(Locale.ROOT);
            if (!Set.of("IN_YEAR", "IN_FORCE").contains(validity)) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.unknownValidityUseYear", String.valueOf(validity)));
                continue;
            }
            List<String> types = Arrays.stream(t.get(row, "doc_types").split("[;,]"))
                    .map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
            if (types.isEmpty()) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.documentTypesAreMissing"));
            }
            Conventions.YearDate from = yearDate(t, row, "from");
            Conventions.YearDate to = yearDate(t, row, "to");
            LocalDate validFrom = date(t, row, "valid_from");
            LocalDate validTo = date(t, row, "valid_to");
            order(t, row, validFrom, validTo);
            if (from != null && to != null && from.in(2000).isAfter(to.in(2000))) {
                problem(t.file(), row.line(), Bilingual.of("rules.conventions.fromAfter"));
            }
            List<String> components = t.columns().containsKey("components")
                    ? Arrays.stream(t.get(row, "components").split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            list.add(new Conventions.Window(validity, types, from, to, validFrom, validTo, t.get(row, "name_vi"),
                    t.get(row, "name_en"), flag(t, row), row.line(), components));
        }
        return list;
    }

    private Conventions.YearDate yearDate(Table t, CsvRow row, String column) {
        String text = t.get(row, column).replace('−', '-').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = YEAR_DATE.matcher(text);
        try {
            if (m.matches()) {
                int years = m.group(1) == null ? 0 : Integer.parseInt(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
                Conventions.YearDate d = new Conventions.YearDate(years, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                d.in(2000); // a valid month and day
                return d;
            }
        } catch (java.time.DateTimeException e) {
            // reported below
        }
        problem(t.file(), row.line(), Bilingual.of("rules.conventions.columnLookLikeN", String.valueOf(column), String.valueOf(text)));
        return null;
    }

    private LocalDate date(Table t, CsvRow row, String column) {
        String text = t.get(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(t.file(), row.line(), Bilingual.of("rules.conventions.columnDateWrittenYyyy", String.valueOf(column), String.valueOf(text)));
            return null;
        }
    }

    private void order(Table t, CsvRow row, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            problem(t.file(), row.line(), Bilingual.of("rules.conventions.validFromAfterValid"));
        }
    }

    private static boolean flag(Table t, CsvRow row) {
        String v = t.get(row, "verified").toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("có") || v.equals("x");
    }

    /** A problem of the conventions' files, worded by a {@code rules.conventions.*} message. */
    private void problem(String file, int line, Bilingual words) {
        problems.add(new RuleProblem(file, line, null, words.both(), true));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
