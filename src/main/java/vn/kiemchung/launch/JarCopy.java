package vn.kiemchung.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where things live on this machine: the cache folder, and in it the unpacked copy of a fat jar, one folder per
 * jar (its path, size and time) holding {@code classes.jar}, {@code lib/} and the argument file
 * ({@code -cp "…"}) that JVMs started from the copy name. Making the copy is the application's
 * ({@code UnpackedRuntime}); finding it is here, so the jar's own launcher finds it without the application.
 */
public final class JarCopy {

    public static final String ARGUMENT_FILE = "classpath.args";
    public static final String CLASSES_JAR = "classes.jar";
    /** Part of a copy's name: raised when the layout of a copy changes, so older copies are not used. */
    private static final String LAYOUT = "j2";
    /** Marked at most this often: a server that keeps starting children keeps its copy marked as used. */
    private static final Duration MARK_EVERY = Duration.ofHours(1);
    private static volatile Instant lastMarked = Instant.EPOCH;

    private JarCopy() {
    }

    /**
     * The cache folder of this machine's user: {@code -Dkiemchung.cache}, else {@code $KIEMCHUNG_CACHE}, else
     * {@code ~/.cache/kiemchung}; readings, the unpacked runtime, the OCR model and the built-in rules live there.
     */
    public static Path cacheFolder() {
        String property = System.getProperty("kiemchung.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String configured = System.getenv("KIEMCHUNG_CACHE");
        return (configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kiemchung")).toAbsolutePath().normalize();
    }

    /** The folder holding every unpacked copy. */
    public static Path copiesFolder() {
        return cacheFolder().resolve("runtime");
    }

    /** The folder the copy of {@code jar} has (or will have): named after the jar's path, size and time. */
    public static Path folderOf(Path jar) throws IOException {
        String key = jar.toAbsolutePath().toString().replaceAll("[^A-Za-z0-9]", "_") + "-" + Files.size(jar)
                + "-" + Files.getLastModifiedTime(jar).toMillis() + "-" + LAYOUT;
        return copiesFolder().resolve(key.length() > 180 ? key.substring(key.length() - 180) : key);
    }

    /** The argument file of the copy of {@code jar} when the copy is there (and marks it used); else empty. */
    public static Optional<Path> argumentFileIfUnpacked(Path jar) {
        try {
            Path args = folderOf(jar).resolve(ARGUMENT_FILE);
            if (Files.isRegularFile(args)) {
                markUsed(args);
                return Optional.of(args);
            }
        } catch (IOException | RuntimeException e) {
            // no copy can be found: the caller makes one or runs from the fat jar
        }
        return Optional.empty();
    }

    /** Copies not marked for days are pruned ({@code UnpackedRuntime.prune}); a failed mark only risks that. */
    public static void markUsed(Path argumentFile) {
        Instant now = Instant.now();
        if (now.isAfter(lastMarked.plus(MARK_EVERY))) {
            lastMarked = now;
            try {
                Files.setLastModifiedTime(argumentFile, FileTime.from(now));
            } catch (IOException e) {
                // read-only cache folder: the copy is used all the same
            }
        }
    }
}
