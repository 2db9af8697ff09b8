package vn.kiemchung.review;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.platform.Bilingual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.accounts.Actor;
import vn.kiemchung.assessment.AuditReport;
import vn.kiemchung.assessment.ComponentStatus;
import vn.kiemchung.assessment.IndicatorResult;
import vn.kiemchung.assessment.ReportFinding;
import vn.kiemchung.assessment.WaiversChanged;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceStored;
import vn.kiemchung.evidence.EvidenceWithdrawn;
import vn.kiemchung.trail.AuditTrail;
import vn.kiemchung.trail.TrailEntry;

/**
 * The coordinator's review of each component: DRAFT → SUBMITTED (by the department) → IN_REVIEW →
 * NEEDS_SUPPLEMENT (comment and deadline) or ACCEPTED. No one decides on their own submission; a
 * dossier submitted to the ministry is locked. Every step goes into the audit trail.
 */
@Service
public class ReviewQueue {

    private final ReviewRecords records;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final EvidenceAccess access;
    private final EvidenceIntake intake;
    private final Departments departments;
    private final Notifications notifications;

    ReviewQueue(ReviewRecords records, AuditTrail trail, ApplicationEventPublisher events, EvidenceAccess access,
                EvidenceIntake intake, Departments departments, Notifications notifications) {
        this.events = events;
        this.notifications = notifications;
        this.records = records;
        this.trail = trail;
        this.access = access;
        this.intake = intake;
        this.departments = departments;
    }

    public ReviewItem item(Actor actor, long dossierId, String indicatorCode) {
        visibleComponent(actor, dossierId, indicatorCode);
        return records.item(dossierId, indicatorCode).orElse(ReviewItem.draft(dossierId, indicatorCode));
    }

    public List<ReviewItem> items(long dossierId) {
        return records.items(dossierId);
    }

    /** The department hands a component in for review (again, after a supplement). */
    public ReviewItem submit(Actor actor, long dossierId, String indicatorCode) {
        return submit(actor, dossierId, indicatorCode, null);
    }

    /**
     * The department hands a component in; while it has ERRORs, only with a reason (kept in the trail),
     * else refused (409) naming each ERROR.
     */
    @Transactional
    public ReviewItem submit(Actor actor, long dossierId, String indicatorCode, String reason) {
        Dossier d = visibleComponent(actor, dossierId, indicatorCode);
        if (!actor.isOfficer() && !actor.reviews()) {
            throw readOnly();
        }
        if (actor.isOfficer() && !access.sees(actor, d.year(), indicatorCode)) {
            throw new ComponentNotAssignedException(indicatorCode);
        }
        unlocked(dossierId);
        ReviewItem item = records.itemForUpdate(dossierId, indicatorCode);
        if (item.status() != ReviewStatus.DRAFT && item.status() != ReviewStatus.NEEDS_SUPPLEMENT) {
            throw transition(item, ReviewStatus.SUBMITTED);
        }
        if (access.evidenceOf(actor, dossierId, indicatorCode).isEmpty()) {
            throw new ReviewRefusedException(Reason.CONFLICT, "refusal.review.noEvidence", indicatorCode);
        }
        String why = guarded(actor, dossierId, indicatorCode, reason, "review.guard.submit");
        records.submitted(dossierId, indicatorCode, actor.username());
        events.publishEvent(new TrailEntry(actor.username(), "REVIEW_SUBMITTED", dossierId, null, indicatorCode, null,
                item.status().name(), ReviewStatus.SUBMITTED.name(), why));
        return records.item(dossierId, indicatorCode).orElseThrow();
    }

    /** The coordinator takes a submitted component up. */
    @Transactional
    public ReviewItem startReview(Actor actor, long dossierId, String indicatorCode) {
        ReviewItem item = decidable(actor, dossierId, indicatorCode, Set.of(ReviewStatus.SUBMITTED));
        records.status(dossierId, indicatorCode, ReviewStatus.IN_REVIEW);
        events.publishEvent(new TrailEntry(actor.username(), "REVIEW_STARTED", dossierId, null, indicatorCode, null,
                item.status().name(), ReviewStatus.IN_REVIEW.name(), null));
        return records.item(dossierId, indicatorCode).orElseThrow();
    }

    @Transactional
    public ReviewItem decide(Actor actor, long dossierId, String indicatorCode, ReviewDecision decision) {
        ReviewItem item = decidable(actor, dossierId, indicatorCode, Set.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW));
        Dossier dossier = intake.dossier(dossierId);
        if (decision instanceof ReviewDecision.Accept accept) {
                String why = guarded(actor, dossierId, indicatorCode, accept.reason(), "review.guard.accept");
                records.decided(dossierId, indicatorCode, ReviewStatus.ACCEPTED, actor.username(), null, null);
                events.publishEvent(new TrailEntry(actor.username(), "REVIEW_ACCEPTED", dossierId, null, indicatorCode, null,
                        item.status().name(), ReviewStatus.ACCEPTED.name(), why));
                notifications.toDepartment(Notification.Kind.ACCEPTED, dossier, indicatorCode, actor.username(),
                        item.submittedBy(), null, null);
        } else if (decision instanceof ReviewDecision.SendBack back) {
                if (back.comment() == null || back.comment().isBlank() || back.deadline() == null) {
                    throw new ReviewRefusedException(Reason.INVALID, "refusal.review.sendBackNeeds");
                }
                if (back.deadline().isBefore(LocalDate.now())) {
                    throw new ReviewRefusedException(Reason.INVALID, "refusal.review.deadlinePast", back.deadline().toString());
                }
                records.decided(dossierId, indicatorCode, ReviewStatus.NEEDS_SUPPLEMENT, actor.username(),
                        back.comment().strip(), back.deadline());
                events.publishEvent(new TrailEntry(actor.username(), "REVIEW_SENT_BACK", dossierId, null, indicatorCode, null,
                        item.status().name(), ReviewStatus.NEEDS_SUPPLEMENT.name(),
                        back.comment().strip() + " (hạn/deadline " + back.deadline() + ")"));
                notifications.toDepartment(Notification.Kind.SENT_BACK, dossier, indicatorCode, actor.username(),
                        item.submittedBy(), back.comment().strip(), back.deadline());
        }
        return records.item(dossierId, indicatorCode).orElseThrow();
    }

    /** Accepts several components at once: all of them, or none when one is refused. */
    @Transactional
    public List<ReviewItem> acceptAll(Actor actor, long dossierId, List<String> indicatorCodes) {
        return acceptAll(actor, dossierId, indicatorCodes, null);
    }

    /** As above; a component with ERRORs is accepted only with the reason, which goes into its trail. */
    @Transactional
    public List<ReviewItem> acceptAll(Actor actor, long dossierId, List<String> indicatorCodes, String reason) {
        return indicatorCodes.stream().distinct()
                .map(code -> decide(actor, dossierId, code, new ReviewDecision.Accept(reason))).toList();
    }

    /** The component's ERRORs that no waiver covers (ERRORs cannot be waived), as the actor's report shows them. */
    public List<ReportFinding> errorsOf(Actor actor, long dossierId, String indicatorCode) {
        return access.report(actor, dossierId).indicators().stream().filter(i -> i.code().equals(indicatorCode))
                .flatMap(i -> i.findings().stream()).filter(f -> "ERROR".equals(f.severity()) && !f.hasWaiver()).toList();
    }

    /**
     * A decision on a component with ERRORs needs a reason: refused (409) with the ERRORs listed
     * when there is none; the trail's detail (the reason and the codes) when there is.
     */
    private String guarded(Actor actor, long dossierId, String indicatorCode, String reason, String key) {
        List<ReportFinding> errors = errorsOf(actor, dossierId, indicatorCode);
        if (errors.isEmpty()) {
            return null;
        }
        String named = errors.stream().map(f -> f.code() + (f.document() == null ? "" : " (" + f.document() + ")"))
                .collect(Collectors.joining("; "));
        if (reason == null || reason.isBlank()) {
            List<Map<String, Object>> listed = errors.stream().map(f -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("code", f.code());
                m.put("document", f.document());
                m.put("message", f.message());
                m.put("messageEn", f.messageEn());
                return m;
            }).toList();
            throw ReviewRefusedException.keyed(Reason.CONFLICT, key, Map.of("indicator", indicatorCode, "errors", listed),
                    indicatorCode, errors.size(), named);
        }
        return reason.strip() + " [ERROR: " + named + "]";
    }

    /** Waives a WARNING finding the current audit reports, with a justification; it stops costing points. */
    @Transactional
    public Waiver waive(Actor actor, long dossierId, String indicatorCode, String findingCode, String document,
                        String justification) {
        if (!actor.reviews()) {
            throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.waiveCoordinatorOnly");
        }
        intake.dossier(dossierId);
        unlocked(dossierId);
        if (justification == null || justification.isBlank()) {
            throw new ReviewRefusedException(Reason.INVALID, "refusal.review.waiveNeedsReason");
        }
        records.item(dossierId, indicatorCode).filter(i -> actor.username().equals(i.submittedBy()))
                .ifPresent(i -> {
                    throw new SelfApprovalRefusedException(indicatorCode);
                });
        String doc = document == null ? "" : document;
        // Nor on a file they uploaded themselves (a component-wide finding: on any file of it they uploaded).
        if (uploadedBy(actor, dossierId, indicatorCode, doc.isEmpty() ? null : doc)) {
            throw new SelfApprovalRefusedException(indicatorCode);
        }
        ReportFinding finding = access.report(actor, dossierId).indicators().stream()
                .filter(i -> i.code().equals(indicatorCode)).flatMap(i -> i.findings().stream())
                .filter(f -> f.code().equals(findingCode) && doc.equals(f.document() == null ? "" : f.document()))
                .findFirst().orElseThrow(() -> new ReviewRefusedException(Reason.NOT_FOUND, "refusal.review.noSuchFinding", findingCode));
        if (!"WARNING".equals(finding.severity())) {
            throw new ReviewRefusedException(Reason.CONFLICT, "refusal.review.waiveOnlyWarnings", finding.severity());
        }
        if (finding.hasWaiver()) {
            throw new ReviewRefusedException(Reason.CONFLICT, "refusal.review.waivedAlready");
        }
        long id = records.insertWaiver(dossierId, indicatorCode, findingCode, doc, justification.strip(), actor.username());
        events.publishEvent(new TrailEntry(actor.username(), "FINDING_WAIVED", dossierId, null, indicatorCode, null, "WARNING " + findingCode,
                "WAIVED", doc + ": " + justification.strip()));
        events.publishEvent(new WaiversChanged(dossierId, waived(dossierId)));
        return records.waivers(dossierId).stream().filter(w -> w.id() == id).findFirst().orElseThrow();
    }

    /** The waivers of a dossier; an officer sees those of their department's components only. */
    public List<Waiver> waivers(Actor actor, long dossierId) {
        Dossier d = intake.dossier(dossierId);
        return records.waivers(dossierId).stream().filter(w -> access.sees(actor, d.year(), w.indicatorCode())).toList();
    }

    static Set<String> keys(List<Waiver> waivers) {
        return waivers.stream().map(Waiver::key).collect(Collectors.toSet());
    }

    /** The set "indicator|code|document" of waived findings, for the audit. */
    public Set<String> waived(long dossierId) {
        return keys(records.waivers(dossierId));
    }

    /** What locking would freeze: the components at zero and the points still at risk. */
    public LockPreview lockPreview(Actor actor, long dossierId) {
        if (!actor.reviews()) {
            throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.lockCoordinatorOnly");
        }
        AuditReport report = access.report(actor, dossierId);
        List<IndicatorResult> scored = report.indicators().stream().filter(IndicatorResult::scored).toList();
        BigDecimal atRisk = scored.stream().map(i -> i.maxPoints().subtract(i.projectedPoints()).max(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
        return new LockPreview(dossierId, report.projectedScore(), report.maxScore(), atRisk,
                scored.stream().filter(IndicatorResult::zero)
                        .map(i -> new LockPreview.ZeroComponent(i.code(), i.name(), i.maxPoints())).toList());
    }

    /**
     * Submits the dossier to the ministry: it is locked; files uploaded afterwards are kept as new
     * versions. Only once confirmed, after the components at zero and the points at risk were shown
     * (refused with 409 and that preview otherwise).
     */
    @Transactional
    public void submitToMinistry(Actor actor, long dossierId, boolean confirmed) {
        if (!actor.reviews()) {
            throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.lockCoordinatorOnly");
        }
        intake.dossier(dossierId);
        if (!confirmed && !records.locked(dossierId)) {
            LockPreview preview = lockPreview(actor, dossierId);
            throw ReviewRefusedException.keyed(Reason.CONFLICT, "review.lock.confirm",
                    Map.of("zeroComponents", preview.zeroComponents(), "pointsAtRisk", preview.pointsAtRisk()),
                    preview.zeroComponents().size(), preview.pointsAtRisk());
        }
        if (!records.lock(dossierId, actor.username())) {
            throw new DossierLockedException(dossierId);
        }
        events.publishEvent(new TrailEntry(actor.username(), "DOSSIER_SUBMITTED", dossierId, null, null, null, "DRAFT", "LOCKED", null));
    }

    public boolean locked(long dossierId) {
        return records.locked(dossierId);
    }

    /**
     * Before an upload: a component submitted or accepted is reopened by it, so the uploader must say
     * they mean it ({@code reopen}); refused (409) naming the component and its state otherwise. A
     * locked dossier keeps uploads as new versions and reopens nothing.
     */
    public void checkReopen(Actor actor, long dossierId, String indicatorCode, boolean reopen) {
        if (reopen || indicatorCode == null || records.locked(dossierId)) {
            return;
        }
        records.item(dossierId, indicatorCode.strip()).filter(ReviewItem::handedIn).ifPresent(item -> {
            throw ReviewRefusedException.keyed(Reason.CONFLICT, "review.reopen.ask",
                    Map.of("indicator", item.indicatorCode(), "reviewStatus", item.status().name()),
                    item.indicatorCode(), Bilingual.of("status." + item.status().name()));
        });
    }

    /**
     * A file was stored (an upload, a ZIP's entry, a replacement): a submitted or accepted component opens
     * again, since what was handed in has changed. Heard in the upload's own transaction, so the file and
     * the reopening are kept together or not at all.
     */
    @EventListener
    void on(EvidenceStored stored) {
        reopenIfHandedIn(stored.uploadedBy(), stored.dossierId(), stored.indicatorCode(), stored.evidenceId(),
                stored.sha256(), "new file " + stored.fileName());
        if (records.locked(stored.dossierId())) {
            events.publishEvent(new TrailEntry(stored.uploadedBy(), "VERSION_AFTER_LOCK", stored.dossierId(),
                    stored.evidenceId(), stored.indicatorCode(), stored.sha256(), null, null, stored.fileName()));
        }
    }

    /** A file left the component's checks: a handed-in component opens again, as for a new file. */
    @EventListener
    void on(EvidenceWithdrawn withdrawn) {
        Evidence e = withdrawn.evidence();
        reopenIfHandedIn(withdrawn.actor(), e.dossierId(), e.indicatorCode(), e.id(), e.sha256(),
                "withdrawn " + e.fileName());
    }

    private void reopenIfHandedIn(String actor, long dossierId, String indicatorCode, long evidenceId, String sha256,
                                  String why) {
        records.item(dossierId, indicatorCode).ifPresent(item -> {
            if (item.handedIn() && !records.locked(dossierId)) {
                records.reopened(dossierId, indicatorCode, item.status(), actor);
                events.publishEvent(new TrailEntry(actor, "REVIEW_REOPENED", dossierId, evidenceId, indicatorCode, sha256,
                        item.status().name(), ReviewStatus.DRAFT.name(), why));
                notifications.toCoordinators(Notification.Kind.REOPENED, dossierId, indicatorCode, actor,
                        item.status().name());
            }
        });
    }

    /** The queue of one dossier: components with evidence or a review step, filtered and sorted. */
    public List<QueueItem> queue(Actor actor, long dossierId, QueueFilter filter) {
        Dossier d = intake.dossier(dossierId);
        AuditReport report = access.report(actor, dossierId);
        Map<String, ReviewItem> items = records.items(dossierId).stream()
                .collect(Collectors.toMap(ReviewItem::indicatorCode, Function.identity()));
        Map<String, String> suppliers = departments.assignments(d.year()).stream()
                .collect(Collectors.toMap(a -> a.indicatorCode(), a -> a.department()));
        List<Evidence> evidence = access.evidenceOf(actor, dossierId);
        QueueFilter f = filter == null ? QueueFilter.none() : filter;
        Comparator<QueueItem> order = "deadline".equals(f.sort())
                ? Comparator.comparing(QueueItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QueueItem::pointsAtRisk, Comparator.reverseOrder())
                : Comparator.comparing(QueueItem::pointsAtRisk, Comparator.reverseOrder())
                        .thenComparing(QueueItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()));
        return report.indicators().stream()
                .filter(i -> i.documents() > 0 || items.containsKey(i.code()))
                .map(i -> item(d, i, items.get(i.code()), suppliers.get(i.code()), evidence, report))
                .filter(q -> QueueFilter.any(f.department()) || f.department().equals(q.department()))
                .filter(q -> QueueFilter.any(f.mainIndicator()) || f.mainIndicator().equals(q.mainCode()))
                .filter(q -> QueueFilter.any(f.status()) || f.status().equalsIgnoreCase(q.status().name()))
                .filter(q -> QueueFilter.any(f.severity()) || q.hasSeverity(f.severity()))
                .filter(q -> !f.onlyReopened() || q.reopened())
                .sorted(order.thenComparing(QueueItem::indicatorCode))
                .toList();
    }

    /** One component as the queue shows it, for any component the actor may see. */
    public QueueItem queueItem(Actor actor, long dossierId, String indicatorCode) {
        Dossier d = visibleComponent(actor, dossierId, indicatorCode);
        AuditReport report = access.report(actor, dossierId);
        IndicatorResult result = report.indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElse(new IndicatorResult(indicatorCode, ComponentStatus.MISSING, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null,
                        null, null, false, 0));
        return item(d, result, records.item(dossierId, indicatorCode).orElse(null),
                departments.supplierOf(d.year(), indicatorCode).orElse(null), access.evidenceOf(actor, dossierId), report);
    }

    private QueueItem item(Dossier d, IndicatorResult i, ReviewItem review, String department, List<Evidence> evidence,
                           AuditReport report) {
        ReviewItem r = review == null ? ReviewItem.draft(d.id(), i.code()) : review;
        return new QueueItem(d.id(), i.code(), i.name(), i.mainCode(), department, r.status(), r.submittedBy(),
                r.deadline(), r.comment(), i.projectedPoints(), i.maxPoints(),
                i.maxPoints().subtract(i.projectedPoints()).max(BigDecimal.ZERO), i.findings(),
                evidence.stream().filter(e -> e.indicatorCode().equals(i.code())).toList(),
                report.documents().stream().filter(doc -> i.code().equals(doc.indicator())).toList(),
                trail.history(d.id(), i.code()), r.reopenedFrom(), r.reopenedBy());
    }

    private ReviewItem decidable(Actor actor, long dossierId, String indicatorCode, Set<ReviewStatus> from) {
        if (!actor.reviews()) {
            throw new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.coordinatorOnly");
        }
        intake.dossier(dossierId);
        unlocked(dossierId);
        ReviewItem item = records.itemForUpdate(dossierId, indicatorCode);
        if (actor.username().equals(item.submittedBy()) || uploadedBy(actor, dossierId, indicatorCode, null)) {
            throw new SelfApprovalRefusedException(indicatorCode);
        }
        if (!from.contains(item.status())) {
            throw transition(item, null);
        }
        return item;
    }

    /** Whether the actor uploaded a file of the component (or, given its name, that file). */
    private boolean uploadedBy(Actor actor, long dossierId, String indicatorCode, String fileName) {
        return intake.evidenceOf(dossierId).stream()
                .filter(e -> e.indicatorCode().equals(indicatorCode))
                .filter(e -> fileName == null || fileName.equals(e.fileName()) || fileName.endsWith("/" + e.fileName()))
                .anyMatch(e -> actor.username().equals(e.uploadedBy()));
    }

    private Dossier visibleComponent(Actor actor, long dossierId, String indicatorCode) {
        Dossier d = intake.dossier(dossierId);
        if (!access.sees(actor, d.year(), indicatorCode)) {
            throw new ReviewRefusedException(Reason.NOT_FOUND, "refusal.review.componentNotFound", indicatorCode);
        }
        return d;
    }

    private void unlocked(long dossierId) {
        if (records.locked(dossierId)) {
            throw new DossierLockedException(dossierId);
        }
    }

    private static ReviewRefusedException transition(ReviewItem item, ReviewStatus to) {
        String target = to == null ? "" : " → " + to;
        return new ReviewRefusedException(Reason.CONFLICT, "refusal.review.transition", item.indicatorCode(),
                item.status().name(), target);
    }

    private static ReviewRefusedException readOnly() {
        return new ReviewRefusedException(Reason.NOT_ALLOWED, "refusal.review.readOnly");
    }
}
