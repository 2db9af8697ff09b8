package vn.kiemchung.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.IndicatorResult;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.EvidenceIntake;

/** Builds {@link MyWork} from every open dossier, as the actor may see it (an officer: their department's components). */
@Service
public class MyWorkLists {

    /** Per department, this many findings in the fix-first list. */
    static final int FIXES_PER_DEPARTMENT = 10;

    private final EvidenceIntake intake;
    private final EvidenceAccess access;
    private final ReviewRecords records;
    private final Departments departments;
    private final Notifications notifications;

    MyWorkLists(EvidenceIntake intake, EvidenceAccess access, ReviewRecords records, Departments departments,
                Notifications notifications) {
        this.intake = intake;
        this.access = access;
        this.records = records;
        this.departments = departments;
        this.notifications = notifications;
    }

    public MyWork of(Actor actor) {
        if (!actor.isOfficer() && !actor.reviews()) {
            return new MyWork(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        notifications.remindDueSoon();
        LocalDate soon = LocalDate.now().plusDays(Notifications.DUE_SOON_DAYS);
        Map<String, String> names = departments.all().stream()
                .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
        List<MyWork.WorkItem> sentBack = new ArrayList<>();
        List<MyWork.WorkItem> dueSoon = new ArrayList<>();
        List<MyWork.WorkItem> withErrors = new ArrayList<>();
        List<MyWork.WorkItem> toReview = new ArrayList<>();
        List<MyWork.WorkItem> reopened = new ArrayList<>();
        // Per department and dossier: one dossier's findings never push another's out of the list.
        Map<Map.Entry<String, Long>, List<MyWork.Fix>> fixes = new LinkedHashMap<>();
        for (Dossier d : intake.dossiers()) {
            if (records.locked(d.id())) {
                continue;
            }
            AuditReport report = access.report(actor, d.id());
            Map<String, ReviewItem> items = records.items(d.id()).stream()
                    .collect(Collectors.toMap(ReviewItem::indicatorCode, Function.identity()));
            Map<String, String> suppliers = departments.assignments(d.year()).stream()
                    .collect(Collectors.toMap(Assignment::indicatorCode, Assignment::department, (a, b) -> a));
            for (IndicatorResult i : report.indicators()) {
                if (!access.sees(actor, d.year(), i.code())) {
                    continue;
                }
                ReviewItem r = items.getOrDefault(i.code(), ReviewItem.draft(d.id(), i.code()));
                int errors = (int) i.findings().stream().filter(f -> "ERROR".equals(f.severity()) && !f.hasWaiver()).count();
                MyWork.WorkItem w = new MyWork.WorkItem(d.id(), d.province(), d.year(), i.code(), i.name(),
                        suppliers.get(i.code()), r.status(), r.comment(), r.deadline(), r.decidedBy(), errors,
                        i.maxPoints() == null ? BigDecimal.ZERO : i.maxPoints().subtract(i.projectedPoints()).max(BigDecimal.ZERO),
                        r.reopenedFrom(), r.reopenedBy());
                if (r.status() == ReviewStatus.NEEDS_SUPPLEMENT) {
                    sentBack.add(w);
                    if (r.deadline() != null && !r.deadline().isAfter(soon)) {
                        dueSoon.add(w);
                    }
                }
                if (errors > 0) {
                    withErrors.add(w);
                }
                if (actor.reviews() && (r.status() == ReviewStatus.SUBMITTED || r.status() == ReviewStatus.IN_REVIEW)) {
                    toReview.add(w);
                }
                if (r.reopened()) {
                    reopened.add(w);
                }
                i.findings().stream().filter(f -> !"INFO".equals(f.severity()) && !f.hasWaiver())
                        .forEach(f -> fixes.computeIfAbsent(Map.entry(suppliers.getOrDefault(i.code(), ""), d.id()),
                                k -> new ArrayList<>()).add(new MyWork.Fix(d.id(), d.province(), d.year(), f)));
            }
        }
        Comparator<MyWork.WorkItem> byDeadline = Comparator.comparing(MyWork.WorkItem::deadline,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<MyWork.WorkItem> byRisk = Comparator.comparing(MyWork.WorkItem::pointsAtRisk).reversed();
        sentBack.sort(byDeadline);
        dueSoon.sort(byDeadline);
        withErrors.sort(byRisk);
        toReview.sort(byRisk);
        Comparator<MyWork.Fix> order = Comparator.comparing((MyWork.Fix f) -> f.finding().pointsAtRisk()).reversed()
                .thenComparing(f -> "ERROR".equals(f.finding().severity()) ? 0 : 1)
                .thenComparing(f -> f.finding().indicator());
        List<MyWork.DepartmentFixes> perDepartment = fixes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Map.Entry<String, Long>, List<MyWork.Fix>> e) -> e.getKey().getKey())
                        .thenComparing(e -> e.getKey().getValue()))
                .map(e -> {
                    String dept = e.getKey().getKey();
                    MyWork.Fix first = e.getValue().get(0);
                    return new MyWork.DepartmentFixes(dept.isEmpty() ? null : dept,
                            dept.isEmpty() ? null : names.getOrDefault(dept, dept), first.dossierId(), first.province(),
                            first.year(), e.getValue().stream().sorted(order).limit(FIXES_PER_DEPARTMENT).toList());
                })
                .toList();
        return new MyWork(sentBack, dueSoon, withErrors, toReview, reopened, perDepartment);
    }

}
