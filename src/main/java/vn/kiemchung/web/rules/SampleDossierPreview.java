package vn.kiemchung.web.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.DossierAudit;
import vn.kiemchung.assessment.DossierContents;
import vn.kiemchung.assessment.DossierFolder;
import vn.kiemchung.assessment.FiledDocument;
import vn.kiemchung.assessment.IndicatorResult;
import vn.kiemchung.assessment.ReportFinding;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.platform.BundledArchive;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;

/**
 * What a table would change on the sample dossier (sample-evidence/bac-lieu-2023, carried in the jar): the
 * sample is read once, then audited with the rules in service and with the staged rules, and the
 * components whose findings or projected points differ are listed before and after.
 */
@Service
class SampleDossierPreview {

    private final DocumentReader reader;
    private final RuleBook book;
    private final vn.kiemchung.catalogue.CatalogueSource catalogues;
    private final String configuredSample;
    private final Path rulesData;
    private volatile Path sample;
    private volatile DossierContents contents;

    /**
     * @param sample a sample dossier folder; empty for the one the jar carries (sample-evidence/bac-lieu-2023,
     *               unpacked under the rules data folder), so the preview works from any working directory
     */
    SampleDossierPreview(DocumentReader reader, RuleBook book, vn.kiemchung.catalogue.CatalogueSource catalogues,
                         @Value("${kiemchung.rules.sample-dossier:}") String sample,
                         @Value("${kiemchung.rules.data-dir:./data/rules}") String rulesData) {
        this.reader = reader;
        this.book = book;
        this.catalogues = catalogues;
        this.configuredSample = sample;
        this.rulesData = Path.of(rulesData).toAbsolutePath().normalize();
    }

    /** Unpacked on the first preview, not at start: most servers never preview a table. */
    private Path sample() {
        if (sample == null) {
            sample = configuredSample != null && !configuredSample.isBlank()
                    ? Path.of(configuredSample).toAbsolutePath().normalize()
                    : BundledArchive.unpack("/kiemchung-sample-dossier.zip", rulesData.resolve("sample-dossier"))
                            .orElse(Path.of("sample-evidence", "bac-lieu-2023").toAbsolutePath().normalize());
        }
        return sample;
    }

    /** One component that the table changes: its finding codes and projected points, before and after. */
    record Change(String code, String pointsBefore, String pointsAfter, String findingsBefore, String findingsAfter) {
    }

    /** The sample's score before and after, and the components that change. */
    record Comparison(String dossier, int year, String scoreBefore, String scoreAfter, int components, List<Change> changes) {
    }

    /** Empty when there is no sample dossier or it belongs to another year than the staged rules. */
    Optional<Comparison> compare(RuleBase staged) {
        Path sample = sample();
        if (!Files.isDirectory(sample)) {
            return Optional.empty();
        }
        DossierContents read = contents();
        if (read.year() != staged.year()) {
            return Optional.empty();
        }
        Optional<Catalogue> catalogue = catalogues.year(read.year());
        if (catalogue.isEmpty()) {
            return Optional.empty();
        }
        AuditReport before = DossierAudit.run(catalogue.get(), book.forYear(read.year()), read);
        AuditReport after = DossierAudit.run(catalogue.get(), staged, read);
        Map<String, IndicatorResult> was = byCode(before);
        Map<String, IndicatorResult> now = byCode(after);
        List<Change> changes = new ArrayList<>();
        for (String code : new TreeSet<>(was.keySet())) {
            IndicatorResult b = was.get(code);
            IndicatorResult a = now.get(code);
            String fb = codes(b);
            String fa = codes(a);
            String pb = points(b == null ? null : b.projectedPoints());
            String pa = points(a == null ? null : a.projectedPoints());
            if (!fb.equals(fa) || !pb.equals(pa)) {
                changes.add(new Change(code, pb, pa, fb, fa));
            }
        }
        return Optional.of(new Comparison(sample.toString(), read.year(), points(before.projectedScore()),
                points(after.projectedScore()), was.size(), List.copyOf(changes)));
    }

    private DossierContents contents() {
        DossierContents c = contents;
        if (c == null) {
            synchronized (this) {
                if (contents == null) {
                    DossierFolder folder = DossierFolder.open(sample());
                    List<FiledDocument> documents = new ArrayList<>();
                    for (DossierFolder.Entry e : folder.entries()) {
                        documents.add(new FiledDocument(e.path(), e.indicatorCode(), reader.read(e.file(), e.file().getFileName().toString())));
                    }
                    contents = new DossierContents(folder.province(), folder.year(), List.copyOf(documents), folder.claims());
                }
                c = contents;
            }
        }
        return c;
    }

    private static Map<String, IndicatorResult> byCode(AuditReport report) {
        return report.indicators().stream().collect(Collectors.toMap(IndicatorResult::code, Function.identity(), (x, y) -> x, TreeMap::new));
    }

    private static String codes(IndicatorResult r) {
        return r == null ? "" : String.join(" ", new TreeSet<>(r.findings().stream().map(ReportFinding::code).toList()));
    }

    private static String points(BigDecimal p) {
        return p == null ? "–" : p.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
