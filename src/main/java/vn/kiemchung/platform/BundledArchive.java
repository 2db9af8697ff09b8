package vn.kiemchung.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A folder the build packs into the jar as one archive (the built-in rules, the sample dossier),
 * unpacked on first use into {@code parent/<hash of names and contents>}: the same content always
 * lands in the same folder whatever the archive's timestamps, a new jar's content in a new one, and
 * two processes unpacking at once each write a temporary folder of their own and one move wins.
 */
public final class BundledArchive {

    private BundledArchive() {
    }

    public static boolean present(String resource) {
        return BundledArchive.class.getResource(resource) != null;
    }

    /** The unpacked folder, or empty when this build carries no such archive. */
    public static Optional<Path> unpack(String resource, Path parent) {
        Map<String, byte[]> files = read(resource);
        if (files == null) {
            return Optional.empty();
        }
        Path target = parent.toAbsolutePath().normalize().resolve(hash(files));
        if (Files.isDirectory(target)) {
            return Optional.of(target);
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), ".unpacking-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = temp.resolve(f.getKey()).normalize();
                if (!file.startsWith(temp)) {
                    throw new IOException("entry outside the folder: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                temp = null;
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + resource + " into " + parent, e);
        } finally {
            if (temp != null) {
                FileTrees.deleteQuietly(temp);
            }
        }
    }

    private static Map<String, byte[]> read(String resource) {
        try (InputStream in = BundledArchive.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Map<String, byte[]> files = new TreeMap<>();
            try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (!e.isDirectory()) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        zip.transferTo(bytes);
                        files.put(e.getName(), bytes.toByteArray());
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
