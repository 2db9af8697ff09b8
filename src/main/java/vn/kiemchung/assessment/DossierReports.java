package vn.kiemchung.assessment;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.Catalogues;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.extraction.EvidenceExtraction;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;

/** Audits a dossier stored in the server, with the rule base in service when the audit starts. */
@Service
public class DossierReports {

    private final EvidenceIntake intake;
    private final EvidenceExtraction extraction;
    private final RuleBook rules;

    DossierReports(EvidenceIntake intake, EvidenceExtraction extraction, RuleBook rules) {
        this.intake = intake;
        this.extraction = extraction;
        this.rules = rules;
    }

    public AuditReport report(long dossierId) {
        return report(dossierId, Set.of());
    }

    /** The audit with the coordinator's waivers ("indicator|code|document") applied. */
    public AuditReport report(long dossierId, Set<String> waived) {
        Dossier dossier = intake.dossier(dossierId);
        Catalogue catalogue = catalogue(dossier.year());
        RuleBase base = rules.forYear(dossier.year());
        List<Evidence> evidence = intake.evidenceOf(dossierId);
        List<FiledDocument> documents = evidence.stream()
                .map(e -> new FiledDocument(e.indicatorCode() + "/" + e.fileName(), e.indicatorCode(), extraction.extracted(e)))
                .toList();
        return DossierAudit.run(catalogue, base, new DossierContents(dossier.province(), dossier.year(), documents, List.of()), waived);
    }

    /**
     * The audit as someone who sees only some components gets it (a department officer): their rows,
     * and every total over those rows only.
     */
    public AuditReport report(long dossierId, Set<String> waived, java.util.function.Predicate<String> visibleIndicator) {
        // The province's top twenty cut to these rows could be empty while these rows have ERRORs: counted again.
        return FixFirst.recount(ScopedReport.of(catalogue(intake.dossier(dossierId).year()), report(dossierId, waived),
                visibleIndicator));
    }

    private Catalogue catalogue(int year) {
        return Catalogues.loadYear(rules.rulesRoot(), year).orElseThrow(() ->
                new DossierException("không có bộ chỉ số cho năm " + year, "no indicator set for year " + year));
    }
}
