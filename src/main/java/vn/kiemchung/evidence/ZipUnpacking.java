package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.kiemchung.platform.ZipArchives;

/**
 * Unpacks a ZIP upload into one evidence file per entry, named "archive.zip/folder/file.pdf".
 * The archive's limits are checked before any entry is stored; each entry is then spooled to its
 * own temporary file and stored the way a single upload is, so one refused entry (an .exe) does
 * not stop the others. Folders and operating-system clutter are skipped; archives inside are
 * stored as files, not unpacked again.
 */
final class ZipUnpacking {

    /** Between the archive and the entry in what users read: "hồ-sơ.zip › 1.1/quyết-định.pdf". */
    static final String SEPARATOR = " › ";

    /** Room the database keeps for a file name (evidence.file_name). */
    private static final int MAX_NAME = 1000;
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

    /** Stores one entry exactly as an upload is stored; a refusal is thrown as {@link UploadRejectedException}. */
    interface EntryStore {
        Evidence store(SpooledFile entry, String name, String label);
    }

    private final ZipArchives.Limits limits;
    private final long maxEntryBytes;

    ZipUnpacking(ZipArchives.Limits limits, long maxEntryBytes) {
        this.limits = limits;
        this.maxEntryBytes = maxEntryBytes;
    }

    /**
     * @param zipName the archive's cleaned name
     * @throws UploadRejectedException when the archive as a whole is refused (over a limit,
     *                                 corrupt, nothing in it to keep): then nothing was stored
     */
    List<UploadOutcome> unpack(String zipName, Path zip, long size, EntryStore store) {
        UploadPolicy.checkZip(zipName, zip, size, true, limits);
        List<UploadOutcome> outcomes = new ArrayList<>();
        try (ZipFile archive = ZipArchives.open(zip)) {
            for (Enumeration<? extends ZipEntry> e = archive.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (isFolder(entry) || ZipArchives.isClutter(entry.getName())) {
                    continue;
                }
                String path = entryPath(entry.getName());
                String label = zipName + SEPARATOR + path;
                outcomes.add(unpackOne(archive, entry, storedName(zipName, path), label, store));
            }
        } catch (IOException e) {
            throw UploadRejectedException.keyed(Reason.UNPROCESSABLE, "refusal.zip.corrupt", zipName, String.valueOf(e.getMessage()));
        }
        if (outcomes.isEmpty()) {
            throw UploadRejectedException.keyed(Reason.UNPROCESSABLE, "refusal.zip.nothingToKeep", zipName);
        }
        return outcomes;
    }

    private UploadOutcome unpackOne(ZipFile archive, ZipEntry entry, String name, String label, EntryStore store) {
        try (InputStream in = archive.getInputStream(entry);
             SpooledFile file = SpooledFile.of(in, maxEntryBytes, label)) {
            return UploadOutcome.stored(label, store.store(file, name, label));
        } catch (UploadRejectedException e) {
            return UploadOutcome.refused(label, e);
        } catch (IOException e) {
            // a damaged entry; anything else (storage or database down) is the server's fault and stops the upload
            return UploadOutcome.refused(label, UploadRejectedException.keyed(Reason.UNPROCESSABLE, "refusal.zip.entryUnreadable",
                    label, String.valueOf(e.getMessage())));
        }
    }

    private static boolean isFolder(ZipEntry entry) {
        return entry.isDirectory() || entry.getName().endsWith("\\");
    }

    /**
     * The entry's path as data, cleaned like an upload's name segment by segment: no "..", no
     * leading "/" or drive, no control or bidi characters, NFC. Never used to write a file.
     */
    static String entryPath(String entryName) {
        List<String> kept = new ArrayList<>();
        for (String segment : String.valueOf(entryName).replace('\\', '/').split("/")) {
            String clean = EvidenceIntake.cleanSegment(segment);
            if (clean.isEmpty() || clean.chars().allMatch(c -> c == '.') || kept.isEmpty() && DRIVE.matcher(clean).matches()) {
                continue;
            }
            kept.add(EvidenceIntake.shorten(clean, 255));
        }
        return kept.isEmpty() ? "unnamed" : String.join("/", kept);
    }

    static String storedName(String zipName, String entryPath) {
        return EvidenceIntake.shorten(zipName + "/" + entryPath, MAX_NAME);
    }
}
