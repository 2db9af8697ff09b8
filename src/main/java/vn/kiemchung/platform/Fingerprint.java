package vn.kiemchung.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of parts, for the keys that say whether something kept (a report, compiled
 * rules, a previous audit) still matches what it was made from. Each text part ends with a zero byte, so
 * "ab"+"c" and "a"+"bc" give different fingerprints.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static Fingerprint sha256() {
        return new Fingerprint();
    }

    /** The text in UTF-8, then a zero byte. */
    public Fingerprint add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** The bytes as they are, with no separator. */
    public Fingerprint add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    /** A file's bytes as they are, read in pieces, with no separator. */
    public Fingerprint addFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A zero byte: ends a part added as bytes. */
    public Fingerprint end() {
        digest.update((byte) 0);
        return this;
    }

    /** The fingerprint in lower-case hexadecimal; the fingerprint cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
