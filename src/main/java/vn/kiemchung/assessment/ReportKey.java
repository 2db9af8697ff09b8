package vn.kiemchung.assessment;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.kiemchung.evidence.Dossier;
import vn.kiemchung.evidence.Evidence;
import vn.kiemchung.extraction.DocumentReader;

/**
 * What a dossier's report depends on, as one hash: the program, the dossier's files in its checks (id,
 * component, name, SHA-256) with the state of their reading, the catalogue, the version of the rules in
 * service and the waivers. Two requests with the same key get the same report; anything that changes
 * the report changes the key.
 */
public final class ReportKey {

    /** Raised when what a key covers changes, so keys of an older program never match. */
    private static final String FORMAT = "kept-report-1";
    private static final String PROGRAM = fingerprint();

    /** The program's fingerprint, computed once per process: the server's kept reports and the CLI's previous ones both use it. */
    public static String program() {
        return PROGRAM;
    }

    private ReportKey() {
    }

    /** @param statuses each file's extraction status, by evidence id (from the extraction module's queue) */
    static String of(Dossier dossier, List<Evidence> evidence, java.util.Map<Long, String> statuses, String catalogueHash,
                     String rulesVersion, Collection<String> waived, boolean ocrAvailable) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, PROGRAM);
        update(digest, "extractor " + DocumentReader.EXTRACTOR_VERSION + " ocr " + ocrAvailable);
        update(digest, "dossier " + dossier.id() + " " + dossier.province() + " " + dossier.year());
        update(digest, "catalogue " + catalogueHash);
        update(digest, "rules " + rulesVersion);
        for (Evidence e : evidence) {
            update(digest, e.id() + "|" + e.indicatorCode() + "|" + e.fileName() + "|" + e.sha256() + "|" + statuses.get(e.id()));
        }
        update(digest, "waivers " + waivers(waived));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A set of waiver keys as one hash (sorted, so the order they came in does not matter). */
    static String waivers(Collection<String> waived) {
        MessageDigest digest = sha256();
        waived.stream().sorted().forEach(w -> update(digest, w));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file of a folder (not below it), by name and bytes: the year's catalogue files. */
    static String folder(Path dir) {
        MessageDigest digest = sha256();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, f.getFileName().toString());
                    digest.update(Files.readAllBytes(f));
                }
            } catch (IOException e) {
                // unreadable now: a key that matches nothing kept, so the audit runs and says what is wrong
                update(digest, "unreadable " + System.nanoTime());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The program that audits, so a new build never serves a report of the old one: the size and time of
     * each class path file (the jar), or of every file in a class path folder (a development build).
     */
    private static String fingerprint() {
        MessageDigest digest = sha256();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            update(digest, p.toString());
            try {
                if (Files.isRegularFile(p)) {
                    update(digest, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                } else if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            update(digest, p.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                        }
                    }
                }
            } catch (IOException e) {
                update(digest, "unreadable");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
