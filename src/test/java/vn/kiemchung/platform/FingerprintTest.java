package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @Test
    void textPartsAreSeparatedSoMovingABoundaryChangesTheFingerprint() {
        assertThat(Fingerprint.sha256().add("ab").add("c").hex()).isNotEqualTo(Fingerprint.sha256().add("a").add("bc").hex());
        assertThat(Fingerprint.sha256().add("ab").add("c").hex()).isEqualTo(Fingerprint.sha256().add("ab").add("c").hex());
    }

    @Test
    void aTextPartIsItsUtf8BytesAndAZeroByte() {
        byte[] text = "Sở Khoa học và Công nghệ".getBytes(StandardCharsets.UTF_8);
        assertThat(Fingerprint.sha256().add("Sở Khoa học và Công nghệ").hex())
                .isEqualTo(Fingerprint.sha256().add(text).end().hex())
                .hasSize(64);
        // the SHA-256 of the empty input, as every tool prints it
        assertThat(Fingerprint.sha256().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aFileCountsAsItsBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quyết-định.pdf");
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThat(Fingerprint.sha256().addFile(file).hex()).isEqualTo(Fingerprint.sha256().add(bytes).hex());
    }
}
