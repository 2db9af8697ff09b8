package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one year's catalogue from {@code rules/<year>/main-indicators.csv} and
 * {@code rules/<year>/catalogue.csv}, and checks it for the mistakes experts make in Excel.
 * Columns are found by their header, so experts may reorder them or add their own.
 */
public final class CatalogueLoader {

    /** Reads both files; a row that cannot be understood stops the load with its file and line. */
    public Catalogue load(Path yearDir) {
        String dirName = yearDir.getFileName() == null ? yearDir.toString() : yearDir.getFileName().toString();
        int year;
        try {
            year = Integer.parseInt(dirName);
        } catch (NumberFormatException e) {
            throw new CatalogueException(yearDir.toString(), 0, Bilingual.of("catalogue.folderNotAYear"));
        }
        Table mains = Table.read(yearDir.resolve(CatalogueColumns.MAIN_FILE), CatalogueColumns.MAIN_REQUIRED);
        Table components = Table.read(yearDir.resolve(CatalogueColumns.CATALOGUE_FILE),
                CatalogueColumns.CATALOGUE_REQUIRED);
        List<MainIndicator> mainIndicators = mains.rows().stream().map(r -> mainIndicator(mains, r)).toList();
        List<Indicator> indicators = components.rows().stream().map(r -> indicator(components, r)).toList();
        return new Catalogue(year, yearDir.toString(), mainIndicators, indicators);
    }

    /** Everything an expert should fix or finish; an empty list means the catalogue is consistent. */
    public List<CatalogueProblem> check(Catalogue catalogue) {
        return new CatalogueCheck(catalogue).problems();
    }

    private static MainIndicator mainIndicator(Table t, CsvRow row) {
        String code = t.required(row, "code");
        BigDecimal max = t.decimal(row, "max_points");
        String count = t.get(row, "component_count");
        int componentCount;
        try {
            componentCount = count.isEmpty() ? 0 : new BigDecimal(count).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw t.error(row, "catalogue.componentCount", count);
        }
        boolean scored = t.flag(row, "scored", max == null || max.signum() > 0);
        return new MainIndicator(code, t.get(row, "group"), t.get(row, "pillar"), t.required(row, "name_vi"),
                t.get(row, "name_en"), max, componentCount, scored);
    }

    private static Indicator indicator(Table t, CsvRow row) {
        String code = t.required(row, "code");
        EvidenceExpectation evidence = new EvidenceExpectation(
                t.list(row, "doc_types").stream().map(VietnameseText::vocabulary).toList(),
                issuerKinds(t, row),
                t.list(row, "keywords"),
                t.choice(row, "signer", CatalogueColumns.SIGNERS, "ANY"),
                t.get(row, "evidence"));
        return new Indicator(code, t.required(row, "main_code"), t.required(row, "name_vi"), t.get(row, "name_en"),
                t.decimal(row, "max_points"), method(t, row), validity(t, row), t.get(row, "supplier"),
                t.get(row, "verifier"), evidence, steps(t, row), t.decimal(row, "min_value"),
                t.decimal(row, "max_value"), t.flag(row, "verified", false));
    }

    private static ScoringMethod method(Table t, CsvRow row) {
        String text = t.get(row, "method");
        if (text.isEmpty()) {
            return null; // reported by check(), so a half-finished row does not hide the others
        }
        String name = VietnameseText.vocabulary(text);
        if (name.equals("MINMAX")) {
            name = "MIN_MAX";
        }
        try {
            return ScoringMethod.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw t.error(row, "catalogue.unknownMethod", text, names(ScoringMethod.values()));
        }
    }

    private static Validity validity(Table t, CsvRow row) {
        String text = t.get(row, "validity");
        if (text.isEmpty()) {
            return Validity.IN_YEAR;
        }
        try {
            return Validity.valueOf(VietnameseText.vocabulary(text));
        } catch (IllegalArgumentException e) {
            throw t.error(row, "catalogue.unknownValidity", text);
        }
    }

    private static List<String> issuerKinds(Table t, CsvRow row) {
        List<String> kinds = t.list(row, "issuer_kinds").stream().map(VietnameseText::vocabulary).toList();
        for (String kind : kinds) {
            if (!CatalogueColumns.ISSUER_KINDS.contains(kind)) {
                throw t.error(row, "catalogue.unknownIssuerKind", kind);
            }
        }
        return kinds.isEmpty() ? List.of("ANY") : kinds;
    }

    /** "1:0.5;2:1" — from 1 item half the points, from 2 items all of them. */
    static List<Indicator.Step> steps(Table t, CsvRow row) {
        String text = t.get(row, "steps");
        List<Indicator.Step> steps = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split(":");
            try {
                if (pair.length != 2) {
                    throw new NumberFormatException(part);
                }
                int atLeast = Integer.parseInt(pair[0].strip());
                BigDecimal fraction = new BigDecimal(pair[1].strip());
                if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                    throw t.error(row, "catalogue.stepFraction", part.strip());
                }
                if (!steps.isEmpty() && steps.get(steps.size() - 1).atLeast() >= atLeast) {
                    throw t.error(row, "catalogue.stepsAscending");
                }
                steps.add(new Indicator.Step(atLeast, fraction));
            } catch (NumberFormatException e) {
                throw t.error(row, "catalogue.stepShape", part.strip());
            }
        }
        return List.copyOf(steps);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** One CSV file with its header, so cells are read by column name and errors can name the line. */
    record Table(String file, Map<String, Integer> columns, List<CsvRow> rows) {

        static Table read(Path path, List<String> required) {
            // the year folder is part of the name: with several years loaded, "catalogue.csv" alone is ambiguous
            Path parent = path.getParent() == null ? null : path.getParent().getFileName();
            String file = (parent == null ? "" : parent + "/") + path.getFileName();
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            } catch (NoSuchFileException e) {
                throw new CatalogueException(file, Bilingual.of("catalogue.fileNotFound", path.toString()), e);
            } catch (CharacterCodingException e) {
                throw new CatalogueException(file, Bilingual.of("catalogue.notUtf8"), e);
            } catch (IOException e) {
                throw new CatalogueException(file, Bilingual.of("catalogue.cannotRead"), e);
            }
            List<CsvRow> all;
            try {
                all = CsvReader.parse(text);
            } catch (CsvReader.UnterminatedQuoteException e) {
                throw new CatalogueException(file, e.line, Bilingual.of("catalogue.openQuote"));
            }
            if (all.isEmpty()) {
                throw new CatalogueException(file, 1, Bilingual.of("catalogue.noHeader"));
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> header = all.get(0).cells();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String name : required) {
                if (!columns.containsKey(name)) {
                    throw new CatalogueException(file, all.get(0).line(), Bilingual.of("catalogue.missingColumn", name));
                }
            }
            List<CsvRow> body = all.subList(1, all.size()).stream().filter(r -> !r.blank()).toList();
            return new Table(file, columns, body);
        }

        String get(CsvRow row, String column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index).strip();
        }

        String required(CsvRow row, String column) {
            String value = get(row, column);
            if (value.isEmpty()) {
                throw error(row, "catalogue.emptyColumn", column);
            }
            return value;
        }

        List<String> list(CsvRow row, String column) {
            return Arrays.stream(get(row, column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        BigDecimal decimal(CsvRow row, String column) {
            String text = get(row, column);
            if (text.isEmpty()) {
                return null;
            }
            // Excel in a Vietnamese locale writes a decimal comma
            String normal = text.matches("-?\\d+,\\d+") ? text.replace(',', '.') : text;
            try {
                return new BigDecimal(normal);
            } catch (NumberFormatException e) {
                throw error(row, "catalogue.notANumber", column, text);
            }
        }

        boolean flag(CsvRow row, String column, boolean fallback) {
            String text = VietnameseText.fold(get(row, column));
            return switch (text) {
                case "" -> fallback;
                case "true", "yes", "1", "x", "co" -> true;
                case "false", "no", "0", "khong" -> false;
                default -> throw error(row, "catalogue.notAFlag", column, get(row, column));
            };
        }

        String choice(CsvRow row, String column, List<String> allowed, String fallback) {
            String text = get(row, column);
            if (text.isEmpty()) {
                return fallback;
            }
            String value = VietnameseText.vocabulary(text);
            if (!allowed.contains(value)) {
                throw error(row, "catalogue.unknownChoice", column, text, String.join(", ", allowed));
            }
            return value;
        }

        /** The row's problem, worded by the message {@code key} ({@code catalogue.*}) with {@code args}. */
        CatalogueException error(CsvRow row, String key, String... args) {
            return new CatalogueException(file, row.line(), Bilingual.of(key, (Object[]) args));
        }
    }
}
