package vn.kiemchung.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The one ZIP reader of the product, for the command line (a zipped dossier), the server (a ZIP upload, an
 * office file that is a ZIP inside) and the parse child (the cheap check before Tika): one set of limits,
 * one way of decoding entry names, one list of operating-system clutter. Decompression is counted while it
 * happens, whatever the entries declare, and stops as soon as a limit is passed, so a bomb costs at most
 * the budget.
 */
public final class ZipArchives {

    private static final long MB = 1024 * 1024;

    /**
     * The limits, the strictest that still pass the hostile corpus and real dossiers.
     *
     * @param maxEntries  entries in the archive, nested archives included
     * @param maxExpanded bytes all entries may expand to, whatever the ratio (a dossier of scans stays well below)
     * @param maxRatio    expanded bytes per byte of the archive, checked once past {@code ratioFloor}
     * @param ratioFloor  expansion always allowed (small office files compress very well)
     * @param maxDepth    archives inside the archive (the archive itself is depth 0)
     */
    public record Limits(int maxEntries, long maxExpanded, int maxRatio, long ratioFloor, int maxDepth) {

        /** What an archive of {@code size} bytes may expand to. */
        public long budget(long size) {
            return Math.min(maxExpanded, Math.max(ratioFloor, size * maxRatio));
        }

        public Limits withRatio(int ratio) {
            return new Limits(maxEntries, maxExpanded, ratio, ratioFloor, maxDepth);
        }
    }

    public static final Limits LIMITS = new Limits(10_000, 2048 * MB, 100, 50 * MB, 3);

    /** The ZIP format's own default for names without the UTF-8 flag; it decodes any byte. */
    private static final Charset ZIP_DEFAULT_NAMES =
            Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /**
     * Entry names without the UTF-8 flag: UTF-8 first (macOS, 7-Zip), then the code page Windows Explorer
     * writes on a Vietnamese system, then the format's default, which decodes any byte.
     */
    private static final List<Charset> NAME_CHARSETS = Stream.concat(
            Stream.of("UTF-8", "windows-1258").filter(Charset::isSupported).map(Charset::forName),
            Stream.of(ZIP_DEFAULT_NAMES)).toList();

    /** File names operating systems and office programs leave behind (compared in lower case). */
    private static final Set<String> CLUTTER_NAMES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db");

    private ZipArchives() {
    }

    /** Local file header magic at the start: "PK\3\4". */
    public static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return isZipMagic(head);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZipMagic(byte[] head) {
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Opens a ZIP with the first charset its entry names decode in (a name that does not decode fails the open). */
    public static ZipFile open(Path file) throws IOException {
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

    /**
     * Operating-system and program clutter, in a ZIP or in a dossier folder: anything under "__MACOSX/", hidden
     * files and folders (".DS_Store", "._x", ".git"), Windows' "Thumbs.db" and "desktop.ini", Office's "~$" lock files.
     */
    public static boolean isClutter(String path) {
        String[] segments = path.replace('\\', '/').split("/");
        for (String segment : segments) {
            if (segment.equalsIgnoreCase("__MACOSX") || (segment.startsWith(".") && !segment.equals(".") && !segment.equals(".."))) {
                return true;
            }
        }
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        return CLUTTER_NAMES.contains(last.toLowerCase(Locale.ROOT)) || last.startsWith("~$");
    }

    /**
     * Checks an archive before anything is kept from it: the entries its directory declares, then every byte
     * while inflating (archives inside an archive are opened and counted too when {@code archive} is true).
     *
     * @param archive true for a ZIP archive of files; false for an office file that is a ZIP inside (its
     *                entries are not opened as archives, and a file the JDK cannot open is left to the parser)
     * @throws ZipRefusedException naming {@code name} and the reason
     */
    public static void check(String name, Path file, long size, boolean archive, Limits limits) {
        Counter counter = new Counter(name, size, limits);
        try (ZipFile zip = open(file)) {
            long declared = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw tooMany(name, limits);
                }
                declared += Math.max(0, entry.getSize());
                if (declared > counter.budget) {
                    throw counter.bomb(declared, true);
                }
            }
            counter.entries = entries;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        inspect(in, entry.getName(), archive, 1, counter);
                    }
                }
            }
        } catch (ZipRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (archive) {
                throw corrupt(name, e);
            }
        }
    }

    /**
     * The cheap first guard of the parse child: what the central directory declares, nothing expanded.
     *
     * @return the reason in English when the file is a ZIP whose entries declare too much, else null
     */
    public static String declaredBomb(Path file, Limits limits) {
        if (!startsLikeZip(file)) {
            return null;
        }
        try (ZipFile zip = open(file)) {
            long size = Files.size(file);
            long budget = limits.budget(size);
            long declared = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++entries > limits.maxEntries()) {
                    return "decompression bomb: more than " + limits.maxEntries() + " entries";
                }
                declared += Math.max(0, entry.getSize());
                if (declared > budget) {
                    return "decompression bomb: ratio 1:" + Math.max(1, declared / Math.max(1, size))
                            + " (limit 1:" + limits.maxRatio() + ")";
                }
            }
            return null;
        } catch (IOException | RuntimeException unreadableDirectory) {
            // Not a ZIP the JDK can read: the parser decides what it is.
            return null;
        }
    }

    /**
     * Unpacks an archive into {@code target} after {@link #check}: no entry may climb out of the folder ("zip
     * slip"), clutter is left out, and the bytes written are counted against the same budget.
     *
     * @throws ZipRefusedException naming the archive and the reason
     */
    public static void unpack(String name, Path zip, Path target, Limits limits) {
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw corrupt(name, e);
        }
        check(name, zip, size, true, limits);
        Path root = target.toAbsolutePath().normalize();
        Counter counter = new Counter(name, size, limits);
        try (ZipFile file = open(zip)) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root) || entry.getName().indexOf('\0') >= 0) {
                    throw new ZipRefusedException(ZipRefusedException.Reason.UNSAFE_PATH,
                            Bilingual.of("platform.zip.unsafePath", name, entry.getName()));
                }
                if (isClutter(entry.getName())) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
                    byte[] buffer = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        counter.add(n);
                        os.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(name, e);
        }
    }

    private static void inspect(InputStream in, String entryName, boolean archive, int depth, Counter counter) throws IOException {
        byte[] head = in.readNBytes(4);
        counter.add(head.length);
        if (!(archive && isZipMagic(head))) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                counter.add(n);
            }
            return;
        }
        if (depth > counter.limits.maxDepth()) {
            throw new ZipRefusedException(ZipRefusedException.Reason.NESTED_TOO_DEEP, Bilingual.of("platform.zip.nestedTooDeep",
                    counter.name, entryName, String.valueOf(depth), String.valueOf(counter.limits.maxDepth())));
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
        // Names inside only reach messages: the default decodes any byte (UTF-8-flagged names stay UTF-8).
        try (ZipInputStream inner = new ZipInputStream(new ByteArrayInputStream(copy.toByteArray()), ZIP_DEFAULT_NAMES)) {
            ZipEntry entry;
            while ((entry = inner.getNextEntry()) != null) {
                if (++counter.entries > counter.limits.maxEntries()) {
                    throw tooMany(counter.name, counter.limits);
                }
                if (!entry.isDirectory()) {
                    inspect(inner, entryName + "/" + entry.getName(), true, depth + 1, counter);
                }
            }
        }
    }

    private static ZipRefusedException tooMany(String name, Limits limits) {
        return new ZipRefusedException(ZipRefusedException.Reason.TOO_MANY_ENTRIES,
                Bilingual.of("platform.zip.tooMany", name, String.valueOf(limits.maxEntries())));
    }

    private static ZipRefusedException corrupt(String name, Exception e) {
        return new ZipRefusedException(ZipRefusedException.Reason.CORRUPT,
                Bilingual.of("platform.zip.corrupt", name, String.valueOf(e.getMessage())));
    }

    private static final class Counter {
        final String name;
        final long size;
        final Limits limits;
        final long budget;
        long expanded;
        int entries;

        Counter(String name, long size, Limits limits) {
            this.name = name;
            this.size = size;
            this.limits = limits;
            this.budget = limits.budget(size);
        }

        void add(long n) {
            expanded += n;
            if (expanded > budget) {
                throw bomb(expanded, false);
            }
        }

        ZipRefusedException bomb(long bytes, boolean declared) {
            String ratio = size == 0 ? "" : String.format(Locale.ROOT, ", 1:%d", bytes / Math.max(1, size));
            return new ZipRefusedException(ZipRefusedException.Reason.TOO_LARGE, Bilingual.of("platform.zip.bomb", name,
                    Bilingual.of(declared ? "platform.zip.declared" : "platform.zip.expanded"), String.valueOf(bytes / MB), ratio,
                    String.valueOf(budget / MB), String.valueOf(limits.maxRatio()), String.valueOf(limits.maxExpanded() / MB)));
        }
    }
}
