package vn.kiemchung.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks a ZIP upload before it is accepted: number of entries, bytes it expands to (counted while
 * inflating, whatever the entries declare), expansion ratio and nesting of archives in archives.
 * Decompression stops as soon as a limit is passed, so a bomb costs at most the budget.
 *
 * @param maxEntries    entries in the archive, nested archives included
 * @param maxExpanded   bytes all entries may expand to, whatever the ratio
 * @param maxRatio      expanded bytes per byte of the upload, checked once past {@code ratioFloor}
 * @param ratioFloor    expansion always allowed (small office files compress very well)
 * @param maxDepth      archives inside the archive (the upload itself is depth 0)
 */
public record ZipUploadCheck(int maxEntries, long maxExpanded, int maxRatio, long ratioFloor, int maxDepth) {

    private static final long MB = 1024 * 1024;

    /** The ZIP format's own default for names without the UTF-8 flag; it decodes any byte. */
    private static final Charset ZIP_DEFAULT_NAMES =
            Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /**
     * Entry names without the UTF-8 flag: UTF-8 first (macOS, 7-Zip), then the code page Windows
     * Explorer writes on a Vietnamese system, then the format's default, which decodes any byte.
     */
    private static final List<Charset> NAME_CHARSETS = Stream.concat(
            Stream.of("UTF-8", "windows-1258").filter(Charset::isSupported).map(Charset::forName),
            Stream.of(ZIP_DEFAULT_NAMES)).toList();

    public static ZipUploadCheck defaults() {
        return new ZipUploadCheck(10_000, 1024 * MB, 100, 50 * MB, 3);
    }

    /** Local file header magic at the start: "PK\3\4". */
    static boolean startsLikeZip(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens a ZIP with the first charset its entry names decode in (a name that does not decode fails the open). */
    static ZipFile open(Path file) throws IOException {
        ZipException first = null;
        for (Charset names : NAME_CHARSETS) {
            try {
                return new ZipFile(file.toFile(), names);
            } catch (ZipException e) {
                first = first == null ? e : first;
            }
        }
        throw first != null ? first : new ZipException("cannot open " + file.getFileName());
    }

    /** @param archive true for a ZIP upload (nesting checked); false for an office file that is a ZIP inside */
    void check(String name, Path file, long size, boolean archive) {
        long budget = Math.min(maxExpanded, Math.max(ratioFloor, size * maxRatio));
        Counter counter = new Counter(name, size, budget);
        try (ZipFile zip = open(file)) {
            // Cheapest first: what the central directory declares.
            long declared = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries++;
                if (entries > maxEntries) {
                    throw tooMany(name);
                }
                counter.entries = entries;
                declared += Math.max(0, entry.getSize());
                if (declared > budget) {
                    throw counter.bomb(declared, "declared");
                }
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    inspect(in, entry.getName(), archive, 1, counter);
                }
            }
        } catch (UploadRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (archive) {
                throw new UploadRejectedException(422, "Tệp ZIP '" + name + "' bị hỏng, không mở được: " + e.getMessage(),
                        "ZIP file '" + name + "' is corrupt and cannot be opened: " + e.getMessage());
            }
            // An office file Java cannot open as a ZIP: the parser will say what is wrong with it.
        }
    }

    private void inspect(InputStream in, String entryName, boolean archive, int depth, Counter counter) throws IOException {
        byte[] head = in.readNBytes(4);
        counter.add(head.length);
        boolean nested = archive && head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!nested) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                counter.add(n);
            }
            return;
        }
        if (depth > maxDepth) {
            throw new UploadRejectedException(422,
                    "Tệp ZIP '" + counter.name + "' lồng quá sâu: '" + entryName + "' ở mức " + depth + " (giới hạn " + maxDepth + ").",
                    "ZIP file '" + counter.name + "' is nested too deeply: '" + entryName + "' at level " + depth
                            + " (limit " + maxDepth + ").");
        }
        // A ZIP inside: read it (bytes counted) and look inside, one level deeper.
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.write(head);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            counter.add(n);
            copy.write(buffer, 0, n);
        }
        // Names inside only reach messages: the default decodes any byte (UTF-8-flagged names stay UTF-8),
        // so an archive Windows Explorer made is not mistaken for a corrupt one.
        try (ZipInputStream inner = new ZipInputStream(new ByteArrayInputStream(copy.toByteArray()), ZIP_DEFAULT_NAMES)) {
            ZipEntry entry;
            while ((entry = inner.getNextEntry()) != null) {
                counter.entry(this);
                if (!entry.isDirectory()) {
                    inspect(inner, entryName + "/" + entry.getName(), true, depth + 1, counter);
                }
            }
        }
    }

    private UploadRejectedException tooMany(String name) {
        return new UploadRejectedException(422, "Tệp ZIP '" + name + "' có quá nhiều tệp bên trong (giới hạn " + maxEntries + ").",
                "ZIP file '" + name + "' has too many entries (limit " + maxEntries + ").");
    }

    private final class Counter {
        final String name;
        final long size;
        final long budget;
        long expanded;
        int entries;

        Counter(String name, long size, long budget) {
            this.name = name;
            this.size = size;
            this.budget = budget;
        }

        void add(long n) {
            expanded += n;
            if (expanded > budget) {
                throw bomb(expanded, "expanded");
            }
        }

        void entry(ZipUploadCheck limits) {
            if (++entries > limits.maxEntries) {
                throw limits.tooMany(name);
            }
        }

        UploadRejectedException bomb(long bytes, String how) {
            String ratio = size == 0 ? "" : String.format(Locale.ROOT, ", 1:%d", bytes / Math.max(1, size));
            String limit = String.format(Locale.ROOT, "%d MB (tỷ lệ 1:%d, tối đa %d MB)", budget / MB, maxRatio, maxExpanded / MB);
            String limitEn = String.format(Locale.ROOT, "%d MB (ratio 1:%d, at most %d MB)", budget / MB, maxRatio, maxExpanded / MB);
            return new UploadRejectedException(422,
                    "Tệp ZIP '" + name + "' là bom giải nén: " + ("declared".equals(how) ? "khai báo" : "giải nén ra") + " hơn "
                            + bytes / MB + " MB" + ratio + ", vượt giới hạn " + limit + ".",
                    "ZIP file '" + name + "' is a decompression bomb: " + how + " more than " + bytes / MB + " MB" + ratio
                            + ", over the limit of " + limitEn + ".");
        }
    }
}
