package vn.kiemchung.extraction.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first child started from an unpacked runtime leaves a class-data archive that later children
 * use; an archive that is damaged or stale never stops a child from starting.
 */
class ClassSharingTest {

    @TempDir
    Path runtime;

    @Test
    void theFirstChildLeavesAnArchiveLaterChildrenUseAndADamagedOneIsIgnored() throws Exception {
        List<String> command = List.of(ChildCommand.javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "@" + unpackedRuntime(), ParseWorker.class.getName());
        Path archive = runtime.resolve(ClassSharing.ARCHIVE);

        ClassSharing.Launch first = ClassSharing.forChild(command);
        assertThat(first.dumpingTo()).isNotNull();
        assertThat(ClassSharing.forChild(command).command()).as("one child dumps at a time").isEqualTo(command);
        ClassSharing.dumpEnded(first.dumpingTo(), false); // give the claim back for the real start below

        ChildProcess.start(command, Duration.ofMinutes(2)).stop();
        assertThat(ClassSharing.complete(archive)).as("archive written when the first child ended").isTrue();

        List<String> sharing = ClassSharing.forChild(command).command();
        assertThat(sharing).contains("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        ChildProcess.start(command, Duration.ofMinutes(2)).stop();

        // the header's magic followed by nonsense: the JVM must refuse the archive and start anyway
        byte[] damaged = Files.readAllBytes(archive);
        for (int i = 64; i < damaged.length; i += 7) {
            damaged[i] = (byte) (damaged[i] ^ 0x5a);
        }
        Files.write(archive, damaged);
        ChildProcess.start(command, Duration.ofMinutes(2)).stop();
    }

    @Test
    void aFolderOnTheClassPathIsNeverArchived() throws IOException {
        Path args = Files.writeString(runtime.resolve("classpath.args"), "-cp \"" + runtime.toAbsolutePath() + "\"\n");
        List<String> command = List.of("java", "@" + args, ParseWorker.class.getName());
        assertThat(ClassSharing.forChild(command).command()).isEqualTo(command);
    }

    /** An unpacked runtime made of this test's class path: the main classes as one jar, then the library jars. */
    private Path unpackedRuntime() throws IOException {
        List<String> entries = new ArrayList<>();
        Path classesJar = runtime.resolve("classes.jar");
        Path classes = Path.of("target", "classes");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(classesJar));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
        }
        entries.add(classesJar.toAbsolutePath().toString());
        for (String e : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator)) {
            if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return Files.writeString(runtime.resolve("classpath.args"), "-cp \"" + String.join(File.pathSeparator, entries) + "\"\n");
    }
}
