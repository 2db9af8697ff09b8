package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload (or one entry of a ZIP upload) copied to a temporary file while its size and SHA-256
 * are counted, so nothing is held in memory and nothing parses it yet. Closing deletes the copy.
 */
final class SpooledFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final String sha256;

    private SpooledFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Copies at most {@code maxBytes}; past that the upload is refused (413) naming {@code label}. */
    static SpooledFile of(InputStream in, long maxBytes, String label) throws IOException {
        Path temp = Files.createTempFile("kiemchung-upload", ".bin");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyBounded(in, out, maxBytes, label);
            }
            return new SpooledFile(temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            delete(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            delete(temp);
            throw new IllegalStateException(e);
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static long copyBounded(InputStream in, OutputStream out, long maxBytes, String label) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw UploadRejectedException.keyed(Reason.TOO_LARGE, "refusal.upload.tooLarge", label,
                        String.valueOf(maxBytes / 1024 / 1024));
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless; the OS cleans its temp folder
        }
    }
}
