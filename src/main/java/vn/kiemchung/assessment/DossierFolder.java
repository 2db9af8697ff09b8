package vn.kiemchung.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.kiemchung.catalogue.CsvReader;
import vn.kiemchung.catalogue.CsvRow;
import vn.kiemchung.platform.ZipArchives;

/**
 * A dossier on disk (contract §1): {@code dossier.yaml}, optional {@code self-assessment.csv},
 * and one folder per component code holding the files.
 */
public final class DossierFolder {

    /** A file of the dossier: its path relative to the root ('/' separators) and its component code. */
    public record Entry(Path file, String path, String indicatorCode) {
    }

    private final Path root;
    private final String province;
    private final int year;
    private final List<Claim> claims;

    private DossierFolder(Path root, String province, int year, List<Claim> claims) {
        this.root = root;
        this.province = province;
        this.year = year;
        this.claims = claims;
    }

    /** Reads the dossier's description; a missing or malformed dossier.yaml is a {@link DossierException}. */
    public static DossierFolder open(Path root) {
        if (!Files.isDirectory(root)) {
            throw DossierException.keyed("dossier.noFolder", root.toString());
        }
        Path yaml = root.resolve("dossier.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw DossierException.keyed("dossier.noYaml", root.toString());
        }
        Map<String, Object> map;
        try (InputStream in = Files.newInputStream(yaml)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?> m)) {
                throw DossierException.keyed("dossier.yamlNotMap");
            }
            @SuppressWarnings("unchecked") Map<String, Object> cast = (Map<String, Object>) m;
            map = cast;
        } catch (IOException e) {
            throw DossierException.keyed("dossier.yamlUnreadable", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof DossierException de) {
                throw de;
            }
            throw DossierException.keyed("dossier.yamlSyntax", firstLine(e.getMessage()));
        }
        Object province = map.get("province");
        Object year = map.get("year");
        if (province == null || String.valueOf(province).isBlank()) {
            throw DossierException.keyed("dossier.yamlNoProvince");
        }
        int y;
        try {
            y = Integer.parseInt(String.valueOf(year).strip());
        } catch (NumberFormatException e) {
            throw DossierException.keyed("dossier.yamlBadYear", String.valueOf(year));
        }
        return new DossierFolder(root, nfc(String.valueOf(province).strip()), y, readClaims(root.resolve("self-assessment.csv")));
    }

    public String province() {
        return province;
    }

    public int year() {
        return year;
    }

    public List<Claim> claims() {
        return claims;
    }

    /** Every evidence file, in a stable order; the first folder level names the component. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(file -> {
                Path rel = root.relativize(file);
                String relPath = nfc(rel.toString().replace('\\', '/'));
                if (isHidden(rel) || relPath.equals("dossier.yaml") || relPath.equals("self-assessment.csv")) {
                    return;
                }
                String code = rel.getNameCount() > 1 ? nfc(rel.getName(0).toString()) : "";
                entries.add(new Entry(file, relPath, code));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The same clutter list as a ZIP upload to the server ({@link ZipArchives#isClutter}). */
    private static boolean isHidden(Path rel) {
        return ZipArchives.isClutter(rel.toString());
    }

    static List<Claim> readClaims(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return List.of();
        }
        List<CsvRow> rows;
        try {
            rows = CsvReader.parse(Files.readString(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw DossierException.keyed("dossier.claimsUnreadable", String.valueOf(e.getMessage()));
        } catch (CsvReader.UnterminatedQuoteException e) {
            throw DossierException.keyed("dossier.claimsQuote", String.valueOf(e.getMessage()));
        }
        List<Claim> claims = new ArrayList<>();
        for (CsvRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.blank()) {
                continue;
            }
            List<String> cells = row.cells();
            if (cells.size() < 2) {
                throw DossierException.keyed("dossier.claimsShort", String.valueOf(row.line()));
            }
            BigDecimal value;
            try {
                value = new BigDecimal(cells.get(1).strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw DossierException.keyed("dossier.claimsNotNumber", String.valueOf(row.line()), cells.get(1));
            }
            claims.add(new Claim(cells.get(0).strip(), value, cells.size() > 2 ? blankToNull(cells.get(2).strip()) : null,
                    cells.size() > 3 ? cells.get(3).strip() : null));
        }
        return claims;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
