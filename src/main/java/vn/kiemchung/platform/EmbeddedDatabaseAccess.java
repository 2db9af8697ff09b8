package vn.kiemchung.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Who may reach the embedded PostgreSQL: only someone holding the password kept in
 * {@code <data-dir>.password} beside the cluster (0600, made once with 256 random bits), over TCP on
 * 127.0.0.1 or the Unix socket in a private folder (0700) — never "trust", never another interface.
 * Another local user can neither log in nor open the socket.
 */
final class EmbeddedDatabaseAccess {

    static final String SUPERUSER = "postgres";
    /** Unix socket paths are limited to 107 bytes; the socket file adds {@code /.s.PGSQL.65535}. */
    private static final int MAX_SOCKET_DIR = 90;
    private static final boolean POSIX = Files.getFileAttributeView(Path.of("."),
            java.nio.file.attribute.PosixFileAttributeView.class) != null;

    /** The authentication rules the cluster runs with, written before every start. */
    static final String HBA = """
            # Written by kiemchung at every start: password (SCRAM) only, on the private socket and 127.0.0.1.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private final Path dataDir;
    private final Path passwordFile;
    private final Path socketDir;
    private final String password;

    private EmbeddedDatabaseAccess(Path dataDir, Path passwordFile, Path socketDir, String password) {
        this.dataDir = dataDir;
        this.passwordFile = passwordFile;
        this.socketDir = socketDir;
        this.password = password;
    }

    /** The access of the cluster in {@code dataDir}: its password (made on first use) and its socket folder. */
    static EmbeddedDatabaseAccess of(Path dataDir) throws IOException {
        Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".password");
        return new EmbeddedDatabaseAccess(dataDir, passwordFile, socketDir(dataDir), readOrCreate(passwordFile));
    }

    String password() {
        return password;
    }

    Path passwordFile() {
        return passwordFile;
    }

    Path socketDir() {
        return socketDir;
    }

    /** A builder for this cluster (of the given binaries) that starts it with password access only. */
    EmbeddedPostgres.Builder builder(EmbeddedPostgres.Builder builder, int port) throws IOException {
        if (Files.isRegularFile(dataDir.resolve("postgresql.conf"))) {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        }
        builder.setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                // initdb of a new cluster: SCRAM from the start, the superuser's password read from the file
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password);
        if (POSIX) {
            builder.setServerConfig("unix_socket_directories", socketDir.toString())
                    .setServerConfig("unix_socket_permissions", "0700");
        }
        return builder;
    }

    /** Starts the cluster; a new one gets the same rules file as an existing one. */
    EmbeddedPostgres start(EmbeddedPostgres.Builder builder, int port) throws IOException {
        boolean fresh = !Files.isRegularFile(dataDir.resolve("postgresql.conf"));
        EmbeddedPostgres postgres = builder(builder, port).start();
        if (fresh) {
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("select pg_reload_conf()");
            } catch (java.sql.SQLException e) {
                throw new IOException("Could not reload the access rules of " + dataDir, e);
            }
        }
        return postgres;
    }

    String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            if (POSIX) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (existing.length() >= 32) {
                return existing;
            }
            throw new IOException(Bilingual.of("platform.db.passwordTooShort", file.toString()).both());
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return readOrCreate(file);
        }
        // initdb reads the first line of this file as the superuser's password
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }

    private static Path socketDir(Path dataDir) throws IOException {
        Path dir = dataDir.resolveSibling(dataDir.getFileName() + ".socket");
        String text = dir.toString();
        if (text.length() > MAX_SOCKET_DIR || text.contains(" ") || text.contains("'")) {
            // A deep or odd path cannot hold a socket: a private temporary folder instead.
            return POSIX ? Files.createTempDirectory("kiemchung-pg",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("kiemchung-pg");
        }
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
        }
        return dir;
    }
}
