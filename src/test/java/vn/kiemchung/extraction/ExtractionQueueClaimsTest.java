package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances sharing one PostgreSQL (two queues on one database): every job is claimed by exactly one of
 * them (SKIP LOCKED), a live claim is never taken back, and a claim whose instance stopped renewing it is.
 */
class ExtractionQueueClaimsTest {

    @TempDir
    static Path data;
    static EmbeddedPostgres pg;
    static JdbcClient sql;
    final List<Object> told = new ArrayList<>();
    ExtractionQueue a;
    ExtractionQueue b;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().setDataDirectory(data.resolve("db")).start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        sql = JdbcClient.create(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @BeforeEach
    void queues() {
        sql.sql("delete from extraction_job").update();
        a = new ExtractionQueue(sql, told::add);
        b = new ExtractionQueue(sql, told::add);
    }

    private static void jobs(int n) {
        for (long id = 1; id <= n; id++) {
            sql.sql("insert into extraction_job (evidence_id, dossier_id, sha256) values (?, 7, repeat('a', 64))").param(id).update();
        }
    }

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameJob() throws Exception {
        jobs(300);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (ExtractionQueue q : List.of(a, b, a, b)) {
            claims.add(pool.submit((Callable<List<Long>>) () -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                List<Long> batch;
                while (!(batch = q.claim(3)).isEmpty()) {
                    mine.addAll(batch);
                }
                return mine;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : claims) {
            all.addAll(f.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(300).doesNotHaveDuplicates();
        assertThat(sql.sql("select count(*) from extraction_job where status = 'RUNNING' and attempts = 1")
                .query(Integer.class).single()).isEqualTo(300);
        Set<String> owners = new HashSet<>(sql.sql("select distinct claimed_by from extraction_job").query(String.class).list());
        assertThat(owners).isSubsetOf(a.instance(), b.instance());
    }

    @Test
    void aLiveClaimStaysWithItsInstanceAndALapsedOneIsTakenBackOnce() {
        jobs(2);
        assertThat(a.claim(10)).containsExactly(1L, 2L);
        // B starts: A is renewing its claims, B leaves them alone.
        assertThat(b.requeueInterrupted(false, 600)).isZero();
        assertThat(b.claim(10)).isEmpty();
        // A stops renewing job 1 (it died an hour ago): B takes it back, and only it.
        sql.sql("update extraction_job set claimed_at = now() - interval '1 hour' where evidence_id = 1").update();
        assertThat(a.renewClaims()).isEqualTo(2);
        sql.sql("update extraction_job set claimed_at = now() - interval '1 hour' where evidence_id = 1").update();
        assertThat(b.requeueInterrupted(false, 600)).isEqualTo(1);
        assertThat(b.claim(10)).containsExactly(1L);
        b.record(1, ExtractionQueue.DONE);
        a.record(2, ExtractionQueue.FAILED);
        assertThat(a.statuses(7)).containsEntry(1L, "DONE").containsEntry(2L, "FAILED");
        assertThat(sql.sql("select attempts from extraction_job order by evidence_id").query(Integer.class).list())
                .containsExactly(2, 1);
        assertThat(told).containsExactly(new ExtractionRecorded(1, "DONE", b.instance()),
                new ExtractionRecorded(2, "FAILED", a.instance()));
        assertThat(a.reading(7)).isFalse();
    }

    @Test
    void onTheEmbeddedDatabaseEveryRunningJobIsQueuedAgainAtStart() {
        jobs(3);
        a.claim(2);
        assertThat(b.requeueInterrupted(true, 600)).isEqualTo(2);
        assertThat(sql.sql("select count(*) from extraction_job where status = 'PENDING' and claimed_by is null")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aRetiredJobIsNeverClaimed() {
        jobs(2);
        sql.sql("update extraction_job set retired_at = now() where evidence_id = 1").update();
        assertThat(a.claim(10)).containsExactly(2L);
        a.record(2, ExtractionQueue.DONE);
        assertThat(a.reading(7)).isFalse();
        assertThat(a.statuses(7)).containsEntry(1L, "PENDING");
    }
}
