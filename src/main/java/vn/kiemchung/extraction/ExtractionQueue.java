package vn.kiemchung.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.evidence.EvidenceStored;
import vn.kiemchung.evidence.EvidenceWithdrawn;

/**
 * The extraction queue, in the extraction module's own table {@code extraction_job}: one job per evidence
 * file, created in the upload's transaction (so no stored file is ever without a job), claimed with
 * SKIP LOCKED so several instances sharing one PostgreSQL never read the same file, and retired when the
 * file is withdrawn. The only reader and writer of {@code extraction_job}.
 */
@Service
public class ExtractionQueue {

    /** Statuses of a job. */
    public static final String PENDING = "PENDING", RUNNING = "RUNNING", DONE = "DONE", FAILED = "FAILED";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    /** This instance, in claims and in the trail: host, process and a per-start suffix. */
    private final String instance = instanceName();

    ExtractionQueue(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** In the upload's transaction: the job commits with the evidence row, or neither does. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EvidenceStored stored) {
        jdbc.sql("insert into extraction_job (evidence_id, dossier_id, sha256) values (?, ?, ?) on conflict do nothing")
                .params(stored.evidenceId(), stored.dossierId(), stored.sha256()).update();
    }

    /** A withdrawn file is not read any more if it was still waiting; what was read stays as it was. */
    @EventListener
    @Transactional
    void on(EvidenceWithdrawn withdrawn) {
        jdbc.sql("update extraction_job set retired_at = now() where evidence_id = ? and retired_at is null")
                .param(withdrawn.evidenceId()).update();
    }

    /** Pending jobs, claimed so that no other instance takes the same ones: their evidence ids. */
    @Transactional
    public List<Long> claim(int limit) {
        return jdbc.sql("""
                update extraction_job set status = 'RUNNING', claimed_by = ?, claimed_at = now(), attempts = attempts + 1
                where evidence_id in (
                  select evidence_id from extraction_job where status = 'PENDING' and retired_at is null
                  order by evidence_id for update skip locked limit ?)
                returning evidence_id""").params(instance, limit).query(Long.class).list()
                .stream().sorted().toList();
    }

    /** Keeps this instance's claims fresh while it reads them. */
    @Transactional
    public int renewClaims() {
        return jdbc.sql("update extraction_job set claimed_at = now() where claimed_by = ? and status = 'RUNNING'")
                .param(instance).update();
    }

    /**
     * Jobs that were running when their instance stopped are queued again.
     *
     * @param all true when no other instance can share the database (embedded): every RUNNING job was
     *            this app's; false: only jobs whose claim lapsed for {@code leaseSeconds}
     */
    @Transactional
    public int requeueInterrupted(boolean all, long leaseSeconds) {
        if (all) {
            return jdbc.sql("update extraction_job set status = 'PENDING', claimed_by = null where status = 'RUNNING'")
                    .update();
        }
        return jdbc.sql("""
                update extraction_job set status = 'PENDING', claimed_by = null
                where status = 'RUNNING' and (claimed_at is null or claimed_at < now() - make_interval(secs => ?))""")
                .param((double) leaseSeconds).update();
    }

    /** Ends a reading (DONE, FAILED), or puts the job back (PENDING) when storage could not be reached. */
    @Transactional
    public void record(long evidenceId, String status) {
        jdbc.sql("""
                update extraction_job set status = ?, claimed_by = null,
                  finished_at = case when ? in ('DONE', 'FAILED') then now() end
                where evidence_id = ?""").params(status, status, evidenceId).update();
        if (!PENDING.equals(status)) {
            events.publishEvent(new ExtractionRecorded(evidenceId, status, instance));
        }
    }

    /** The status of each file of the dossier that has a job, by evidence id. */
    public Map<Long, String> statuses(long dossierId) {
        Map<Long, String> statuses = new LinkedHashMap<>();
        jdbc.sql("select evidence_id, status from extraction_job where dossier_id = ? order by evidence_id")
                .param(dossierId).query(rs -> {
                    statuses.put(rs.getLong(1), rs.getString(2));
                });
        return statuses;
    }

    /** The status of one file's job; empty when it has none. */
    public Optional<String> status(long evidenceId) {
        return jdbc.sql("select status from extraction_job where evidence_id = ?").param(evidenceId)
                .query(String.class).optional();
    }

    /** Whether any file of the dossier (not withdrawn) is still waiting or being read. */
    public boolean reading(long dossierId) {
        return jdbc.sql("select count(*) from extraction_job where dossier_id = ? and retired_at is null"
                        + " and status in ('PENDING', 'RUNNING')")
                .param(dossierId).query(Integer.class).single() > 0;
    }

    /** This instance's name in claims and in the trail. */
    public String instance() {
        return instance;
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + Long.toHexString(new java.security.SecureRandom().nextInt() & 0xffffL);
    }
}
