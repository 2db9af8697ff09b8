package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders the jar carries are unpacked once, by content, wherever the process runs. */
class BundledArchiveTest {

    @TempDir
    Path parent;

    @Test
    void theSampleDossierTravelsInTheJarAndUnpacksOnceByContent() {
        Path first = BundledArchive.unpack("/kiemchung-sample-dossier.zip", parent).orElseThrow();
        assertThat(first.resolve("dossier.yaml")).isRegularFile();
        assertThat(first.resolve("1.1")).isDirectory();
        assertThat(BundledArchive.unpack("/kiemchung-sample-dossier.zip", parent)).contains(first);
    }

    @Test
    void anArchiveTheBuildDoesNotCarryIsAbsentNotAnError() {
        assertThat(BundledArchive.present("/no-such-archive.zip")).isFalse();
        assertThat(BundledArchive.unpack("/no-such-archive.zip", parent)).isEmpty();
    }
}
