package vn.kiemchung.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one officer or coordinator has to do, across the dossiers still open: components sent back (with
 * the coordinator's comment and deadline), due soon, with ERRORs, waiting for review, reopened by an
 * upload; and a fix-first list per department worked out from the components' own findings.
 */
public record MyWork(List<WorkItem> sentBack, List<WorkItem> dueSoon, List<WorkItem> withErrors, List<WorkItem> toReview,
                     List<WorkItem> reopened, List<DepartmentFixes> fixFirst) {

    public boolean empty() {
        return sentBack.isEmpty() && dueSoon.isEmpty() && withErrors.isEmpty() && toReview.isEmpty() && reopened.isEmpty()
                && fixFirst.isEmpty();
    }

    /** One component of one dossier in a work list. */
    public record WorkItem(long dossierId, String province, int year, String indicatorCode, String name, String department,
                           ReviewStatus status, String comment, LocalDate deadline, String decidedBy, int errors,
                           BigDecimal pointsAtRisk, String reopenedFrom, String reopenedBy) {

        public boolean overdue() {
            return deadline != null && deadline.isBefore(LocalDate.now());
        }
    }

    /** A finding to fix, with the dossier it is in. */
    public record Fix(long dossierId, String province, int year, vn.kiemchung.assessment.ReportFinding finding) {
    }

    /** One department's fix-first list in one dossier (department null: components no department was given). */
    public record DepartmentFixes(String department, String departmentName, long dossierId, String province, int year,
                                  List<Fix> fixes) {
    }
}
