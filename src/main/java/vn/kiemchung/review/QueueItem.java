package vn.kiemchung.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.kiemchung.assessment.DocumentEntry;
import vn.kiemchung.assessment.ReportFinding;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.trail.AuditEvent;

/** One component in the review queue: its state, points, findings, evidence with what was read, history, and whether an upload reopened it. */
public record QueueItem(long dossierId, String indicatorCode, String name, String mainCode, String department,
                        ReviewStatus status, String submittedBy, LocalDate deadline, String comment,
                        BigDecimal projectedPoints, BigDecimal maxPoints, BigDecimal pointsAtRisk,
                        List<ReportFinding> findings, List<Evidence> evidence, List<DocumentEntry> documents,
                        List<AuditEvent> history, String reopenedFrom, String reopenedBy) {

    /** An upload took it out of SUBMITTED, IN_REVIEW or ACCEPTED since the coordinator last decided. */
    public boolean reopened() {
        return reopenedFrom != null;
    }

    public boolean hasSeverity(String severity) {
        return findings.stream().anyMatch(f -> f.severity().equalsIgnoreCase(severity) && !f.hasWaiver());
    }
}
