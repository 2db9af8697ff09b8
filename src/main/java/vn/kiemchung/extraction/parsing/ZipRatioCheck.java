package vn.kiemchung.extraction.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a ZIP's central directory, without expanding anything, and reports when the declared
 * sizes add up to a bomb. Entries can lie about their sizes; {@link BoundedEmbeddedExtractor}
 * counts the real bytes while parsing, so this is only the cheap first guard.
 */
final class ZipRatioCheck {

    /** Expansion below this is harmless whatever the ratio, so small files are never flagged. */
    static final long HARMLESS_BYTES = 50L * 1024 * 1024;

    /** Directories with more entries than this are a bomb of their own kind. */
    private static final int MAX_ENTRIES = 100_000;

    private ZipRatioCheck() {
    }

    static long expansionBudget(long fileSize, int maxRatio) {
        return Math.max(HARMLESS_BYTES, fileSize * maxRatio);
    }

    /** @return a reason when the file is a ZIP whose entries declare too much, else null */
    static String bombReason(Path file, int maxRatio) {
        try {
            if (!startsWithZipMagic(file)) {
                return null;
            }
            long size = Files.size(file);
            long budget = expansionBudget(size, maxRatio);
            long declared = 0;
            int entries = 0;
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    if (++entries > MAX_ENTRIES) {
                        return "decompression bomb: more than " + MAX_ENTRIES + " entries";
                    }
                    declared += Math.max(0, entry.getSize());
                    if (declared > budget) {
                        return "decompression bomb: ratio 1:" + Math.max(1, declared / Math.max(1, size))
                                + " (limit 1:" + maxRatio + ")";
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException unreadableDirectory) {
            // Not a ZIP the JDK can read: Tika's own parsers decide what it is.
            return null;
        }
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
