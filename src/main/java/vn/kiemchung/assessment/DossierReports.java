package vn.kiemchung.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.CatalogueSource;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.EvidenceStored;
import vn.kiemchung.evidence.EvidenceWithdrawn;
import vn.kiemchung.extraction.DocumentExtracted;
import vn.kiemchung.extraction.EvidenceExtraction;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RulesReloaded;

/**
 * The reports of the dossiers stored in the server, kept current instead of audited per request.
 *
 * <p>Each dossier's last report (per set of waivers the review applies) is kept in memory and in the
 * database ({@code kept_report}) under a key of everything it depends on ({@link ReportKey}: the dossier's
 * files and the state of their reading, the rules in service, the catalogue, the program, the waivers). A
 * request works the key out from a few rows and the rules' version, which needs no compiling: while it
 * matches, the kept report is the answer, also after a restart; when it differs, the audit runs again,
 * so a report that is no longer current is never served as current.
 *
 * <p>The audit also runs again in the background, before anyone asks, when a file is stored, withdrawn
 * or replaced, when a reading ends (once the dossier has nothing left to read) and when the rules in
 * service change, and when the review's waivers change ({@link WaiversChanged}).
 */
@Service
public class DossierReports {

    private static final Logger log = LoggerFactory.getLogger(DossierReports.class);
    /** How long a burst of events (a folder of uploads, a batch of readings) settles before the audit runs again. */
    private static final long SETTLE_MILLIS = 500;
    private static final String NO_WAIVERS = ReportKey.waivers(Set.of());

    private final EvidenceIntake intake;
    private final EvidenceExtraction extraction;
    private final RuleBook rules;
    private final CatalogueSource catalogueSource;
    private final KeptReports kept;
    private final Map<Slot, Kept> memory = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "report-refresh");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final Counts counts = new Counts();
    private volatile Boolean ocrAvailable;
    private volatile boolean refreshRunning;
    private final AtomicInteger waiverRefreshes = new AtomicInteger();

    DossierReports(EvidenceIntake intake, EvidenceExtraction extraction, RuleBook rules, CatalogueSource catalogueSource,
                   KeptReports kept) {
        this.catalogueSource = catalogueSource;
        this.intake = intake;
        this.extraction = extraction;
        this.rules = rules;
        this.kept = kept;
    }

    /** One dossier's report for one set of waivers. */
    private record Slot(long dossierId, String waiversHash) {
    }

    private record Kept(String key, AuditReport report) {
    }

    private record CatalogueSnapshot(String hash, Catalogue catalogue) {
    }

    /** How reports were answered in this instance (tests and measurements read them). */
    static final class Counts {
        final AtomicLong audits = new AtomicLong();
        final AtomicLong fromMemory = new AtomicLong();
        final AtomicLong fromDatabase = new AtomicLong();
        final AtomicLong refreshes = new AtomicLong();
        private final Map<Long, AtomicLong> auditsByDossier = new ConcurrentHashMap<>();

        /** Audits run for one dossier (other dossiers' background audits do not count). */
        long auditsOf(long dossierId) {
            AtomicLong n = auditsByDossier.get(dossierId);
            return n == null ? 0 : n.get();
        }
    }

    Counts counts() {
        return counts;
    }

    /** True while a background audit is waiting or running. */
    boolean refreshing() {
        return !dirty.isEmpty() || refreshScheduled.get() || refreshRunning || waiverRefreshes.get() > 0;
    }

    public AuditReport report(long dossierId) {
        return report(dossierId, Set.of());
    }

    /** The audit with the coordinator's waivers ("indicator|code|document") applied. */
    public AuditReport report(long dossierId, Set<String> waived) {
        Dossier dossier = intake.dossier(dossierId);
        CatalogueSnapshot catalogue = catalogue(dossier.year());
        Slot slot = new Slot(dossierId, ReportKey.waivers(waived));
        List<Evidence> evidence = intake.evidenceOf(dossierId);
        AuditReport current = current(dossier, evidence, catalogue, slot, waived);
        if (current != null) {
            return current;
        }
        synchronized (locks.computeIfAbsent(dossierId, id -> new Object())) {
            // another request may have audited the same state meanwhile
            evidence = intake.evidenceOf(dossierId);
            current = current(dossier, evidence, catalogue, slot, waived);
            return current != null ? current : audit(dossier, evidence, catalogue, slot, waived);
        }
    }

    /**
     * The audit as someone who sees only some components gets it (a department officer): their rows,
     * and every total over those rows only.
     */
    public AuditReport report(long dossierId, Set<String> waived, Predicate<String> visibleIndicator) {
        AuditReport whole = report(dossierId, waived);
        // The province's top twenty cut to these rows could be empty while these rows have ERRORs: counted again.
        return FixFirst.recount(ScopedReport.of(catalogue(whole.year()).catalogue(), whole, visibleIndicator));
    }

    /** The kept report when its key is the key of the dossier as it is now; null when the audit must run. */
    private AuditReport current(Dossier dossier, List<Evidence> evidence, CatalogueSnapshot catalogue, Slot slot,
                                Set<String> waived) {
        // The version of the rules in service, or of the kept compiled rules before their first use: no compiling.
        String version = rules.servedVersion(dossier.year()).orElse(null);
        if (version == null) {
            return null;
        }
        String key = ReportKey.of(dossier, evidence, extraction.statuses(dossier.id()), catalogue.hash(), version, waived,
                ocrAvailable());
        Kept inMemory = memory.get(slot);
        if (inMemory != null && inMemory.key().equals(key)) {
            counts.fromMemory.incrementAndGet();
            return inMemory.report();
        }
        KeptReports.Row row = kept.find(slot.dossierId(), slot.waiversHash()).orElse(null);
        if (row == null || !row.key().equals(key)) {
            return null;
        }
        try {
            AuditReport report = ReportJson.read(row.json());
            memory.put(slot, new Kept(key, report));
            counts.fromDatabase.incrementAndGet();
            return report;
        } catch (RuntimeException e) {
            log.warn("Kept report of dossier {} unreadable ({}); auditing again", slot.dossierId(), e.getMessage());
            return null;
        }
    }

    private AuditReport audit(Dossier dossier, List<Evidence> evidence, CatalogueSnapshot catalogue, Slot slot,
                              Set<String> waived) {
        RuleBase base = rules.forYear(dossier.year());
        // the statuses as the audit begins: a reading that ends during it gives the next request another key
        java.util.Map<Long, String> statuses = extraction.statuses(dossier.id());
        List<FiledDocument> documents = evidence.stream()
                .map(e -> new FiledDocument(e.indicatorCode() + "/" + e.fileName(), e.indicatorCode(), extraction.extracted(e)))
                .toList();
        AuditReport report = DossierAudit.run(catalogue.catalogue(), base,
                new DossierContents(dossier.province(), dossier.year(), documents, List.of()), waived);
        counts.audits.incrementAndGet();
        counts.auditsByDossier.computeIfAbsent(dossier.id(), id -> new AtomicLong()).incrementAndGet();
        // Keyed by the version the audit actually ran on: a reload during the audit gives the next request another key.
        String key = ReportKey.of(dossier, evidence, statuses, catalogue.hash(), report.rulesetVersion(), waived,
                ocrAvailable());
        memory.put(slot, new Kept(key, report));
        // as in the database: the report without waivers and the one with the waivers applied now
        memory.keySet().removeIf(s -> s.dossierId() == slot.dossierId() && !s.equals(slot) && !s.waiversHash().equals(NO_WAIVERS));
        try {
            kept.keep(slot.dossierId(), slot.waiversHash(), waived, key, ReportJson.write(report));
        } catch (RuntimeException e) {
            // the report is right; only the next start loses its shortcut
            log.warn("Report of dossier {} not kept: {}", slot.dossierId(), e.getMessage());
        }
        return report;
    }

    /** The year's catalogue (kept by the source until its files change) and the hash of its files, for the key. */
    private CatalogueSnapshot catalogue(int year) {
        Path dir = rules.rulesRoot().resolve(String.valueOf(year));
        Catalogue catalogue = catalogueSource.year(year).orElseThrow(() ->
                DossierException.keyed("dossier.noIndicatorSet", String.valueOf(year)));
        return new CatalogueSnapshot(ReportKey.folder(dir) + " " + dir, catalogue);
    }

    private boolean ocrAvailable() {
        Boolean known = ocrAvailable;
        if (known == null) {
            known = extraction.ocrAvailable();
            ocrAvailable = known;
        }
        return known;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceStored stored) {
        refreshSoon(stored.dossierId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(EvidenceWithdrawn withdrawn) {
        refreshSoon(withdrawn.dossierId());
    }

    @EventListener
    void on(DocumentExtracted extracted) {
        refreshSoon(extracted.dossierId());
    }

    @EventListener
    void on(RulesReloaded reloaded) {
        try {
            kept.dossiersOfYear(reloaded.year()).forEach(this::refreshSoon);
        } catch (RuntimeException e) {
            log.warn("Reports of {} not refreshed after the rules changed: {}", reloaded.year(), e.getMessage());
        }
    }

    /** The report with the new waivers is made in the background, once the waiver is committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WaiversChanged changed) {
        waiverRefreshes.incrementAndGet();
        try {
            refresher.execute(() -> {
                try {
                    report(changed.dossierId(), changed.waived());
                    counts.refreshes.incrementAndGet();
                } catch (RuntimeException e) {
                    log.debug("Report of dossier {} with its new waivers not made: {}", changed.dossierId(), e.getMessage());
                } finally {
                    waiverRefreshes.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            waiverRefreshes.decrementAndGet();
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Audits the dossier again in the background once the burst of events settles. */
    void refreshSoon(long dossierId) {
        dirty.add(dossierId);
        if (refreshScheduled.compareAndSet(false, true)) {
            refresher.schedule(this::refreshDirty, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void refreshDirty() {
        refreshRunning = true;
        refreshScheduled.set(false);
        try {
            refreshEach();
        } finally {
            refreshRunning = false;
        }
    }

    private void refreshEach() {
        for (Long id : List.copyOf(dirty)) {
            dirty.remove(id);
            try {
                if (extraction.reading(id)) {
                    // files still being read: the reading's own event asks again when it ends
                    continue;
                }
                for (Set<String> waived : kept.waiverSetsOf(id)) {
                    report(id, waived);
                }
                counts.refreshes.incrementAndGet();
            } catch (RuntimeException e) {
                // a deleted dossier, rules that do not compile: the next request says what is wrong
                log.debug("Report of dossier {} not refreshed: {}", id, e.getMessage());
            }
        }
    }
}
