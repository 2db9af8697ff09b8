package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made before V11 kept its extraction queue in the evidence rows: after V11 each file has one job
 * in {@code extraction_job} in the same state (a file being read is waiting again, so any instance retakes it),
 * and the evidence table has no queue columns left.
 */
class ExtractionQueueMigrationTest {

    @TempDir
    Path data;

    record Job(long evidenceId, long dossierId, String status, String claimedBy, int attempts, boolean finished,
               boolean retired) {
    }

    @Test
    void eachEvidenceRowBecomesOneJobInTheSameStateAndTheEvidenceTableForgetsTheQueue() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data.resolve("db")).start()) {
            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").target("10").load()
                    .migrate();
            JdbcClient sql = JdbcClient.create(pg.getPostgresDatabase());
            long dossier = sql.sql("insert into dossier (province, year, created_by) values ('Tỉnh Bạc Liêu', 2023, 'a') returning id")
                    .query(Long.class).single();
            sql.sql("insert into stored_object (sha256, size, storage_key) values (repeat('a', 64), 3, 'k')").update();
            long pending = evidence(sql, dossier, "cho.pdf", "PENDING", null, 0);
            long running = evidence(sql, dossier, "dang-doc.pdf", "RUNNING", "host:1:ab", 1);
            long done = evidence(sql, dossier, "xong.pdf", "DONE", null, 1);
            long failed = evidence(sql, dossier, "hong.pdf", "FAILED", null, 2);
            long withdrawn = evidence(sql, dossier, "rut.pdf", "PENDING", null, 0);
            sql.sql("update evidence set withdrawn_at = now(), withdrawn_by = 'a', withdrawn_reason = 'nhầm' where id = ?")
                    .param(withdrawn).update();

            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();

            List<Job> jobs = sql.sql("""
                    select evidence_id, dossier_id, status, claimed_by, attempts, finished_at is not null,
                           retired_at is not null
                    from extraction_job order by evidence_id""")
                    .query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7))).list();
            assertThat(jobs).containsExactly(
                    new Job(pending, dossier, "PENDING", null, 0, false, false),
                    new Job(running, dossier, "PENDING", null, 1, false, false),
                    new Job(done, dossier, "DONE", null, 1, true, false),
                    new Job(failed, dossier, "FAILED", null, 2, true, false),
                    new Job(withdrawn, dossier, "PENDING", null, 0, false, true));
            assertThat(sql.sql("select sha256 from extraction_job where evidence_id = ?").param(done).query(String.class)
                    .single()).isEqualTo("a".repeat(64));
            List<String> evidenceColumns = sql.sql(
                            "select column_name from information_schema.columns where table_name = 'evidence'")
                    .query(String.class).list();
            assertThat(evidenceColumns).contains("id", "sha256", "withdrawn_at")
                    .doesNotContain("extraction_status", "claimed_by", "claimed_at", "extraction_attempts");
        }
    }

    private static long evidence(JdbcClient sql, long dossier, String name, String status, String claimedBy, int attempts) {
        return sql.sql("""
                insert into evidence (dossier_id, indicator_code, file_name, sha256, size, uploaded_by, extraction_status,
                                      claimed_by, claimed_at, extraction_attempts)
                values (?, '1.1', ?, repeat('a', 64), 3, 'a', ?, ?, case when ?::text is null then null else now() end, ?)
                returning id""").params(dossier, name, status, claimedBy, claimedBy, attempts).query(Long.class).single();
    }
}
