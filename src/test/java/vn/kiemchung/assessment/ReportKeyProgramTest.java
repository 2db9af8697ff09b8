package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program in a kept report's key is the jar the person started: the JVM the command starts again from
 * the unpacked copy (another class path) names the same program, so a report kept by one is served by the other,
 * and a new build of the jar still names another.
 */
class ReportKeyProgramTest {

    @TempDir
    Path dir;

    @Test
    void aJvmStartedAgainFromTheUnpackedCopyNamesTheJarItCameFrom() throws Exception {
        Path jar = Files.write(dir.resolve("kiemchung.jar"), new byte[] {1, 2, 3});
        Path copy = Files.write(dir.resolve("classes.jar"), new byte[] {4, 5, 6, 7});
        String savedClassPath = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", jar.toString());
            String started = ReportKey.fingerprint();

            System.setProperty("java.class.path", copy.toString());
            System.setProperty("kiemchung.launched-from", jar.toString());
            assertThat(ReportKey.fingerprint()).as("started again from the copy").isEqualTo(started);

            System.clearProperty("kiemchung.launched-from");
            assertThat(ReportKey.fingerprint()).as("the copy alone is another class path").isNotEqualTo(started);

            Files.write(jar, new byte[] {1, 2, 3, 4}); // a new build
            System.setProperty("java.class.path", copy.toString());
            System.setProperty("kiemchung.launched-from", jar.toString());
            assertThat(ReportKey.fingerprint()).as("a new build of the jar").isNotEqualTo(started);
        } finally {
            System.setProperty("java.class.path", savedClassPath);
            System.clearProperty("kiemchung.launched-from");
        }
    }
}
