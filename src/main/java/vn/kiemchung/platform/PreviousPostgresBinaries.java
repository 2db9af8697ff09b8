package vn.kiemchung.platform;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries of the previous bundled major (14), kept in the jar under
 * {@code postgres-previous/} only to read a {@code ./data/db} made by an earlier release once, while
 * it is copied into a cluster of the current major. Linux x86-64 only.
 */
final class PreviousPostgresBinaries {

    static final int MAJOR = 14;
    private static final String JAR = "/postgres-previous/linux-amd64.jar";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PreviousPostgresBinaries() {
    }

    static boolean available() {
        return "Linux".equals(System.getProperty("os.name")) && System.getProperty("os.arch", "").matches("amd64|x86_64")
                && PreviousPostgresBinaries.class.getResource(JAR) != null;
    }

    /** For zonky: the archive of the previous binaries, whatever system it asks for (checked by {@link #available()}). */
    static PgBinaryResolver resolver() {
        return (system, architecture) -> new ByteArrayInputStream(archive());
    }

    /** Unpacks the binaries into {@code dir} (bin/, lib/, share/), for the single-user run before the copy. */
    static Path unpack(Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive())))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Unexpected entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
                    }
                }
            }
        }
        return dir;
    }

    private static byte[] archive() throws IOException {
        try (InputStream jar = PreviousPostgresBinaries.class.getResourceAsStream(JAR)) {
            if (jar == null) {
                throw new IOException("The previous PostgreSQL binaries are not in this build (" + JAR + ")");
            }
            ZipInputStream zip = new ZipInputStream(jar);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(ARCHIVE)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException(ARCHIVE + " is missing from " + JAR);
    }
}
