package vn.kiemchung.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) under {@code ./data/db} so a fresh
 * machine needs no database install. Only the app gets in: a password kept beside the cluster,
 * 127.0.0.1 and a private socket folder ({@link EmbeddedDatabaseAccess}); a cluster made by an
 * earlier release's PostgreSQL 14 is copied into the bundled major first ({@link EmbeddedDatabaseUpgrade}). Only active when {@code kiemchung.database.embedded} is true;
 * production sets it false and Boot's own DataSource takes over.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@ConditionalOnProperty(name = "kiemchung.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** The password and socket of the cluster this configuration started (one per application context). */
    private EmbeddedDatabaseAccess access;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        stopLeftoverServer(dir);
        EmbeddedDatabaseUpgrade.upgradeIfOlder(dir);
        access = EmbeddedDatabaseAccess.of(dir);
        EmbeddedPostgres postgres = access.start(EmbeddedPostgres.builder(), properties.port());
        log.info("Embedded PostgreSQL {} started on 127.0.0.1:{} with data in {} (password in {})",
                EmbeddedDatabaseUpgrade.CURRENT_MAJOR, postgres.getPort(), dir, access.passwordFile());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(access.jdbcUrl(postgres.getPort(), "postgres"));
        ds.setUsername(EmbeddedDatabaseAccess.SUPERUSER);
        ds.setPassword(access.password());
        ds.setMaximumPoolSize(10);
        // a database that is down is reported (503) after 5 s rather than 30
        ds.setConnectionTimeout(5_000);
        return ds;
    }

    /**
     * After the app was killed (kill -9, power loss of the JVM only), its PostgreSQL keeps running
     * on the data folder and a new start would fail. Stop that server first: it is ours (the
     * postmaster.pid of our folder names it and it is a postgres process).
     */
    static void stopLeftoverServer(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(p -> {
                        log.warn("PostgreSQL {} from a previous run still holds {}; stopping it", pid, dir);
                        p.destroy(); // SIGTERM: its clients are gone, so it shuts down cleanly
                        try {
                            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                            try {
                                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception ignored) {
                                // the start below will report it
                            }
                        }
                    });
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check {}: {}", pidFile, e.getMessage());
        }
    }
}
