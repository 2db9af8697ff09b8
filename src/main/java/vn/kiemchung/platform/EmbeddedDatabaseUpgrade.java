package vn.kiemchung.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a {@code ./data/db} made by an earlier release (PostgreSQL 14) to the bundled major. The
 * bundled binaries hold no pg_upgrade or pg_dump, so the copy is done here: the old cluster is moved
 * aside to {@code <data-dir>-pg14} (kept, as the backup), given a password in single-user mode (so
 * it never runs with "trust"), started with the previous binaries kept in the jar; a new cluster is
 * made, the app's migrations are run on it up to the version the old one had, and every table of
 * the app's schema is copied with COPY, then the sequences are set. If anything fails, the new
 * cluster is removed and the old one put back where it was, untouched.
 */
final class EmbeddedDatabaseUpgrade {

    /** The major version of the bundled PostgreSQL binaries ({@code postgres-binaries.version} in pom.xml). */
    static final int CURRENT_MAJOR = 17;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseUpgrade.class);

    private EmbeddedDatabaseUpgrade() {
    }

    /** The major version of the cluster in {@code dir}, or 0 when there is none yet. */
    static int major(Path dir) throws IOException {
        Path version = dir.resolve("PG_VERSION");
        return Files.isRegularFile(version) ? Integer.parseInt(Files.readString(version).strip().split("\\.")[0]) : 0;
    }

    /** Upgrades the cluster in {@code dir} when it is of an older major; answers where the old one was kept, or null. */
    static Path upgradeIfOlder(Path dir) throws IOException {
        int major = major(dir);
        if (major == 0 || major == CURRENT_MAJOR) {
            return null;
        }
        if (major > CURRENT_MAJOR) {
            throw new IllegalStateException(Bilingual.of("platform.db.newerMajor", dir.toString(), String.valueOf(major),
                    String.valueOf(CURRENT_MAJOR)).both());
        }
        if (major != PreviousPostgresBinaries.MAJOR || !PreviousPostgresBinaries.available()) {
            throw new IllegalStateException(Bilingual.of("platform.db.cannotMove", dir.toString(), String.valueOf(major),
                    String.valueOf(CURRENT_MAJOR)).both());
        }
        Path old = dir.resolveSibling(dir.getFileName() + "-pg" + major);
        if (Files.exists(old)) {
            throw new IllegalStateException(Bilingual.of("platform.db.oldCopyExists", old.toString()).both());
        }
        log.warn("The database in {} is PostgreSQL {}: copying it into a new PostgreSQL {} cluster; the old one is kept in {}",
                dir, major, CURRENT_MAJOR, old);
        Files.move(dir, old);
        try {
            copy(old, dir);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteTree(dir);
            Files.move(old, dir);
            throw new IllegalStateException(Bilingual.of("platform.db.upgradeFailed", dir.toString()).both(), e);
        }
        log.warn("The database in {} is now PostgreSQL {}; the PostgreSQL {} copy in {} can be removed once checked",
                dir, CURRENT_MAJOR, major, old);
        return old;
    }

    private static void copy(Path old, Path dir) throws IOException, SQLException {
        EmbeddedDatabaseAccess from = EmbeddedDatabaseAccess.of(old);
        setPasswordOffline(old, from.password());
        EmbeddedDatabaseAccess to = EmbeddedDatabaseAccess.of(dir);
        try (EmbeddedPostgres source = from.start(EmbeddedPostgres.builder().setPgBinaryResolver(PreviousPostgresBinaries.resolver()), 0);
             EmbeddedPostgres target = to.start(EmbeddedPostgres.builder(), 0);
             Connection in = source.getPostgresDatabase().getConnection();
             Connection out = target.getPostgresDatabase().getConnection()) {
            String version = schemaVersion(in);
            if (version != null) {
                Flyway.configure().dataSource(target.getPostgresDatabase()).locations("classpath:db/migration")
                        .target(version).load().migrate();
            }
            copyTables(in, out, dir.getParent());
        }
    }

    /** The last migration applied to the old cluster, or null when it had none. */
    private static String schemaVersion(Connection in) throws SQLException {
        try (Statement s = in.createStatement();
             ResultSet exists = s.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return null;
            }
        }
        try (Statement s = in.createStatement();
             ResultSet r = s.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void copyTables(Connection in, Connection out, Path spool) throws SQLException, IOException {
        List<String> tables = new ArrayList<>();
        try (Statement s = in.createStatement();
             ResultSet r = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        CopyManager reader = in.unwrap(PGConnection.class).getCopyAPI();
        CopyManager writer = out.unwrap(PGConnection.class).getCopyAPI();
        out.setAutoCommit(false);
        try (Statement s = out.createStatement()) {
            s.execute("set session_replication_role = replica"); // no foreign-key order to respect while loading
            for (String table : tables) {
                s.execute("truncate table public." + quote(table) + " cascade");
            }
            for (String table : tables) {
                String columns = columns(in, table);
                Path file = Files.createTempFile(spool, ".upgrade-", ".copy");
                try {
                    try (OutputStream data = Files.newOutputStream(file)) {
                        reader.copyOut("copy public." + quote(table) + " (" + columns + ") to stdout", data);
                    }
                    try (InputStream data = Files.newInputStream(file)) {
                        long rows = writer.copyIn("copy public." + quote(table) + " (" + columns + ") from stdin", data);
                        log.info("Copied {} rows of {}", rows, table);
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }
            try (Statement q = in.createStatement();
                 ResultSet r = q.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public' "
                         + "and last_value is not null")) {
                while (r.next()) {
                    s.execute("select setval('public." + quote(r.getString(1)).replace("'", "''") + "', " + r.getLong(2) + ", true)");
                }
            }
            s.execute("set session_replication_role = origin");
        }
        out.commit();
    }

    private static String columns(Connection in, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var s = in.prepareStatement("select column_name from information_schema.columns where table_schema = 'public' "
                + "and table_name = ? order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(quote(r.getString(1)));
                }
            }
        }
        return String.join(", ", names);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Gives the old cluster's superuser the password in single-user mode (no network, no socket), so
     * that it is never started with "trust" again.
     */
    private static void setPasswordOffline(Path old, String password) throws IOException {
        Path binaries = Files.createTempDirectory("kiemchung-pg" + PreviousPostgresBinaries.MAJOR);
        try {
            PreviousPostgresBinaries.unpack(binaries);
            List<String> command = new ArrayList<>();
            if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
                // as zonky does for its own runs: PostgreSQL refuses to run as root, so root runs it in its own user namespace
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "--single", "-D", old.toString(),
                    "-c", "listen_addresses=", "-c", "password_encryption=scram-sha-256", EmbeddedDatabaseAccess.SUPERUSER));
            Process single = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream stdin = single.getOutputStream()) {
                stdin.write(("ALTER ROLE " + EmbeddedDatabaseAccess.SUPERUSER + " PASSWORD '" + password + "';\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!single.waitFor(5, TimeUnit.MINUTES)) {
                single.destroyForcibly();
                throw new IOException("PostgreSQL " + PreviousPostgresBinaries.MAJOR + " in single-user mode did not finish");
            }
            if (single.exitValue() != 0) {
                // its messages, without any line that could quote the statement (and so the password)
                String said = output.lines().filter(l -> !l.contains(password)).reduce("", (a, b) -> a + "\n" + b);
                throw new IOException("PostgreSQL " + PreviousPostgresBinaries.MAJOR + " in single-user mode failed ("
                        + single.exitValue() + "):" + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            deleteTree(binaries);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
