package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL as another local user meets it: no way in without the password kept
 * beside the cluster (0600) — not over TCP, not on the socket (a private folder) — and it listens
 * on 127.0.0.1 only. A ./data/db made by today's release (PostgreSQL 14, "trust") is copied into the
 * bundled major at the first start, rows, sequences and migration history included.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path data;

    @Test
    void nobodyGetsInWithoutTheGeneratedPasswordAndOnlyOnLoopback() throws Exception {
        Path dir = data.resolve("db");
        EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres postgres = config.embeddedPostgres(new DatabaseProperties(true, dir.toString(), 0))) {
            int port = postgres.getPort();
            Path passwordFile = data.resolve("db.password");
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(64);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            Path sockets = data.resolve("db.socket");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sockets))).isEqualTo("rwx------");
            assertThat(sockets.resolve(".s.PGSQL." + port)).exists();

            for (String attempt : new String[] {"", "postgres", "wrong-" + password}) {
                assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "postgres", attempt).close()).as("password '%s'", attempt.isEmpty() ? "none" : "a guess")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
            }
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/template1?user=app_user")
                    .close()).isInstanceOf(SQLException.class);

            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password)) {
                JdbcClient sql = JdbcClient.create(new SingleConnection(c));
                assertThat(sql.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
                assertThat(sql.sql("show unix_socket_permissions").query(String.class).single()).isEqualTo("0700");
                assertThat(sql.sql("select count(*) from pg_hba_file_rules where auth_method in ('trust', 'password', 'md5') "
                        + "or error is not null").query(Integer.class).single()).isZero();
                assertThat(sql.sql("show server_version_num").query(Integer.class).single() / 10000)
                        .isEqualTo(EmbeddedDatabaseUpgrade.CURRENT_MAJOR);
            }
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
        // A second start finds its password again.
        try (EmbeddedPostgres again = new EmbeddedDatabaseConfiguration()
                .embeddedPostgres(new DatabaseProperties(true, dir.toString(), 0))) {
            assertThat(again.getPort()).isPositive();
        }
    }

    @Test
    void aDatabaseMadeByTodaysReleaseIsCopiedIntoTheBundledMajorAndTheOldOneKept() throws Exception {
        Path dir = data.resolve("db");
        // As the earlier release made it: PostgreSQL 14, zonky's defaults ("trust"), the app's migrations V1–V4.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setPgBinaryResolver(PreviousPostgresBinaries.resolver())
                .setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").target("4").load().migrate();
            JdbcClient sql = JdbcClient.create(old.getPostgresDatabase());
            sql.sql("insert into app_user (username, password_hash, role) values ('quan-tri', '$2a$10$abc', 'ADMIN')").update();
            sql.sql("insert into dossier (province, year, created_by) values ('Tỉnh Bạc Liêu', 2023, 'quan-tri')").update();
            sql.sql("insert into stored_object (sha256, size, storage_key) values (repeat('a', 64), 3, 'k')").update();
            sql.sql("insert into evidence (dossier_id, indicator_code, file_name, sha256, size, uploaded_by) "
                    + "values (1, '1.4', 'Thông báo số 36.pdf', repeat('a', 64), 3, 'quan-tri')").update();
            for (int i = 0; i < 3; i++) {
                sql.sql("insert into audit_event (actor, action, detail) values ('quan-tri', 'SIGNED_IN', 'form')").update();
            }
        }
        assertThat(EmbeddedDatabaseUpgrade.major(dir)).isEqualTo(14);

        EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres postgres = config.embeddedPostgres(new DatabaseProperties(true, dir.toString(), 0))) {
            assertThat(EmbeddedDatabaseUpgrade.major(dir)).isEqualTo(EmbeddedDatabaseUpgrade.CURRENT_MAJOR);
            assertThat(EmbeddedDatabaseUpgrade.major(data.resolve("db-pg14"))).as("the old cluster is kept").isEqualTo(14);
            DataSource ds = config.dataSource(postgres);
            JdbcClient sql = JdbcClient.create(ds);
            assertThat(sql.sql("select file_name from evidence").query(String.class).single()).isEqualTo("Thông báo số 36.pdf");
            assertThat(sql.sql("select province from dossier").query(String.class).single()).isEqualTo("Tỉnh Bạc Liêu");
            assertThat(sql.sql("select count(*) from audit_event").query(Integer.class).single()).isEqualTo(3);
            assertThat(sql.sql("insert into audit_event (actor, action) values ('quan-tri', 'X') returning id").query(Long.class).single())
                    .as("sequences continue").isEqualTo(4L);
            assertThatThrownBy(() -> sql.sql("delete from audit_event").update()).as("the trail is still append-only")
                    .hasMessageContaining("append-only");
            assertThat(Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate().migrationsExecuted)
                    .as("the later migrations apply on top").isPositive();
            assertThat(sql.sql("select must_change_password from app_user where username = 'quan-tri'").query(Boolean.class).single())
                    .isFalse();
            ((AutoCloseable) ds).close();
        }
        assertThat(Files.readString(data.resolve("db-pg14").resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    /** A DataSource over one open connection, for JdbcClient. */
    private static final class SingleConnection extends org.springframework.jdbc.datasource.SingleConnectionDataSource {
        SingleConnection(Connection c) {
            super(c, true);
        }
    }
}
