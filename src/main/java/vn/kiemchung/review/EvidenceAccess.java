package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.accounts.Role;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.DossierReports;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceNotFoundException;
import vn.kiemchung.evidence.WithdrawnFile;

/**
 * Every read and upload of evidence, scoped: a department officer sees only the components their
 * department supplies; anything else answers "not found", guessed ids included.
 */
@Service
public class EvidenceAccess {

    private final EvidenceIntake intake;
    private final Departments departments;
    private final DossierReports reports;
    private final ReviewRecords records;

    EvidenceAccess(EvidenceIntake intake, Departments departments, DossierReports reports, ReviewRecords records) {
        this.intake = intake;
        this.departments = departments;
        this.reports = reports;
        this.records = records;
    }

    public Dossier dossier(Actor actor, long dossierId) {
        return intake.dossier(dossierId);
    }

    public boolean locked(long dossierId) {
        return records.locked(dossierId);
    }

    /** True when the actor may see the component's evidence. */
    public boolean sees(Actor actor, int year, String indicatorCode) {
        if (!actor.isOfficer()) {
            return true;
        }
        return actor.department() != null
                && departments.supplierOf(year, indicatorCode).map(actor.department()::equals).orElse(false);
    }

    public List<Evidence> evidenceOf(Actor actor, long dossierId) {
        Dossier d = intake.dossier(dossierId);
        return intake.evidenceOf(dossierId).stream().filter(e -> sees(actor, d.year(), e.indicatorCode())).toList();
    }

    public List<Evidence> evidenceOf(Actor actor, long dossierId, String indicatorCode) {
        return evidenceOf(actor, dossierId).stream().filter(e -> e.indicatorCode().equals(indicatorCode)).toList();
    }

    public Evidence evidence(Actor actor, long evidenceId) {
        Evidence e = intake.evidence(evidenceId);
        if (!sees(actor, intake.dossier(e.dossierId()).year(), e.indicatorCode())) {
            throw new EvidenceNotFoundException(evidenceId);
        }
        return e;
    }

    /** Officers upload for their department's components; coordinators and admins for any; others not at all. */
    public void checkUpload(Actor actor, long dossierId, String indicatorCode) {
        Dossier d = intake.dossier(dossierId);
        switch (actor.role()) {
            case COORDINATOR, ADMIN -> {
            }
            case DEPARTMENT_OFFICER -> {
                if (!sees(actor, d.year(), indicatorCode == null ? "" : indicatorCode.strip())) {
                    throw new ComponentNotAssignedException(indicatorCode);
                }
            }
            default -> throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.readOnly");
        }
    }

    /** The component's withdrawn files the actor may see, newest first. */
    public List<WithdrawnFile> withdrawnOf(Actor actor, long dossierId, String indicatorCode) {
        Dossier d = dossier(actor, dossierId);
        if (!sees(actor, d.year(), indicatorCode)) {
            return List.of();
        }
        return intake.withdrawnOf(dossierId).stream().filter(w -> w.evidence().indicatorCode().equals(indicatorCode)).toList();
    }

    /**
     * A file an actor may withdraw or replace: an officer's on their department's components (another
     * department's file is not found, as for reading), a coordinator's or admin's anywhere; no one's
     * once the dossier is locked for the ministry.
     */
    public Evidence checkWithdraw(Actor actor, long evidenceId) {
        Evidence e = evidence(actor, evidenceId);
        if (actor.role() != Role.COORDINATOR && actor.role() != Role.ADMIN && actor.role() != Role.DEPARTMENT_OFFICER) {
            throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.readOnly");
        }
        if (records.locked(e.dossierId())) {
            throw new DossierLockedException(e.dossierId());
        }
        return e;
    }

    /** The audit with waivers applied; for an officer, only the components of their department, totals included. */
    public AuditReport report(Actor actor, long dossierId) {
        Dossier d = intake.dossier(dossierId);
        Set<String> waived = ReviewQueue.keys(records.waivers(dossierId));
        if (!actor.isOfficer()) {
            return reports.report(dossierId, waived);
        }
        // Rows and totals alike: the projected score, summary, main indicators and subtotals count their components only.
        return reports.report(dossierId, waived, code -> sees(actor, d.year(), code));
    }

    /**
     * What the downloadable reports show beside the audit: per component its review status, the name of
     * the department that supplies it and the send-back's deadline; per waived finding the reason, who and
     * when. An officer's notes hold their components only, as their report does.
     */
    public vn.kiemchung.assessment.ReviewNotes notes(Actor actor, long dossierId) {
        Dossier d = intake.dossier(dossierId);
        java.util.Map<String, String> names = departments.all().stream()
                .collect(java.util.stream.Collectors.toMap(Department::code, Department::name, (a, b) -> a));
        java.util.Map<String, ReviewItem> items = records.items(dossierId).stream()
                .collect(java.util.stream.Collectors.toMap(ReviewItem::indicatorCode, x -> x, (a, b) -> a));
        java.util.Map<String, vn.kiemchung.assessment.ReviewNotes.Component> components = new java.util.HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>(items.keySet());
        departments.assignments(d.year()).forEach(a -> codes.add(a.indicatorCode()));
        for (String code : codes) {
            if (!sees(actor, d.year(), code)) {
                continue;
            }
            ReviewItem item = items.get(code);
            String department = departments.supplierOf(d.year(), code).map(c -> names.getOrDefault(c, c)).orElse(null);
            components.put(code, new vn.kiemchung.assessment.ReviewNotes.Component(
                    item == null ? ReviewStatus.DRAFT.name() : item.status().name(), department,
                    item == null ? null : item.deadline()));
        }
        java.util.Map<String, vn.kiemchung.assessment.ReviewNotes.WaiverNote> waivers = new java.util.HashMap<>();
        for (Waiver w : records.waivers(dossierId)) {
            if (sees(actor, d.year(), w.indicatorCode())) {
                waivers.put(vn.kiemchung.assessment.ReportFinding.waiverKey(w.indicatorCode(), w.findingCode(), w.document()),
                        new vn.kiemchung.assessment.ReviewNotes.WaiverNote(w.justification(), w.waivedBy(),
                                w.waivedAt() == null ? null : w.waivedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()));
            }
        }
        return new vn.kiemchung.assessment.ReviewNotes(components, waivers);
    }
}
