package vn.kiemchung.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zipped dossier into a folder, refusing what could harm the machine: paths that climb out
 * ("zip slip"), too many entries, too many bytes, or a suspicious expansion ratio.
 */
public final class DossierZip {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private DossierZip() {
    }

    /** Unpacks {@code zip} into {@code target} and returns the dossier root (the folder holding dossier.yaml). */
    public static Path unpack(Path zip, Path target) {
        try {
            return unpack(zip, target, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Names not in UTF-8: zips made by older Windows tools use the OEM code page.
            return unpack(zip, target, Charset.forName("IBM437"));
        }
    }

    private static Path unpack(Path zip, Path target, Charset charset) {
        String name = zip.getFileName().toString();
        try (ZipFile file = new ZipFile(zip.toFile(), charset)) {
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new DossierException(name + ": quá " + MAX_ENTRIES + " tệp trong tệp nén",
                            name + ": more than " + MAX_ENTRIES + " entries in the zip");
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target) || entry.getName().indexOf('\0') >= 0) {
                    throw new DossierException(name + ": đường dẫn không hợp lệ trong tệp nén: " + entry.getName(),
                            name + ": entry path escapes the dossier: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
                    byte[] buffer = new byte[64 * 1024];
                    long written = 0;
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        written += n;
                        total += n;
                        long compressed = Math.max(entry.getCompressedSize(), 1024);
                        if (total > MAX_TOTAL_BYTES || written / compressed > MAX_RATIO) {
                            throw new DossierException(name + ": tệp nén giải nén ra quá lớn (nghi là 'zip bomb')",
                                    name + ": the zip expands too much (a decompression bomb?)");
                        }
                        os.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new DossierException(name + ": tệp nén hỏng hoặc không phải ZIP (" + e.getMessage() + ")",
                    name + ": corrupt or not a ZIP (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DossierException(name + ": không giải nén được (" + e.getMessage() + ")",
                    name + ": cannot unpack (" + e.getMessage() + ")");
        }
        return rootOf(target);
    }

    /** The zip may hold the dossier at its top or inside one folder. */
    private static Path rootOf(Path target) {
        if (Files.isRegularFile(target.resolve("dossier.yaml"))) {
            return target;
        }
        try (var children = Files.list(target)) {
            var dirs = children.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("__MACOSX")).toList();
            if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve("dossier.yaml"))) {
                return dirs.get(0);
            }
        } catch (IOException e) {
            throw new DossierException("không đọc được thư mục giải nén", "cannot list the unpacked zip");
        }
        return target;
    }
}
