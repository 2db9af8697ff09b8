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
import vn.kiemchung.launch.SecondJvm;

/**
 * The first child started from an unpacked runtime leaves a class-data archive that later children
 * use; an archive that is damaged or stale never stops a child from starting.
 */
class ClassSharingTest {

    @TempDir
    Path runtime;

    @Test
    void theFirstChildLeavesAnArchiveLaterChildrenUseAndADamagedOneIsIgnored() throws Exception {
        List<String> command = List.of(SecondJvm.javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "@" + unpackedRuntime(), ParseWorker.class.getName());
        Path archive = runtime.resolve(ClassSharing.ARCHIVE);

        ClassSharing.Launch first = ClassSharing.forChild(command);
        assertThat(first.dumpingTo()).isNotNull();
        assertThat(ClassSharing.forChild(command).command()).as("one child dumps at a time").isEqualTo(command);
        assertThat(first.dumpingTo()).as("dumped under the archive's own name: nobody has to move it").isEqualTo(archive);
        ClassSharing.childDumpEnded(first.dumpingTo()); // give the claim back for the real start below

        ChildProcess.start(command, Duration.ofMinutes(2)).stop(); // returns at once: the child dumps on its own
        for (int i = 0; i < 600 && Files.exists(runtime.resolve(ClassSharing.ARCHIVE + ".dumping")); i++) {
            Thread.sleep(100);
        }
        assertThat(SecondJvm.completeArchive(archive)).as("archive written by the first child as it ended").isTrue();
        assertThat(runtime.resolve(ClassSharing.ARCHIVE + ".dumping")).as("claim given back").doesNotExist();

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

    /**
     * The relaunched command line and the server run from the unpacked copy: their children must name the
     * copy's argument file too, or they never get the copy's archive (they did not, for a while).
     */
    @Test
    void aJvmStartedFromTheCopyStartsItsChildrenFromTheCopysArgumentFile() throws IOException {
        Path args = unpackedRuntime();
        String text = Files.readString(args).strip();
        String copysClassPath = text.substring("-cp \"".length(), text.length() - 1);

        List<String> target = ChildCommand.launchTarget(copysClassPath);
        assertThat(target).containsExactly("@" + args, ParseWorker.class.getName());
        List<String> child = new ArrayList<>(List.of(SecondJvm.javaExecutable()));
        child.addAll(target);
        assertThat(ClassSharing.forChild(child).dumpingTo()).as("the first such child writes the archive").isNotNull();

        // any other class path, even one starting with the same classes.jar, is passed on as it is
        String other = copysClassPath.substring(0, copysClassPath.lastIndexOf(File.pathSeparatorChar));
        assertThat(ChildCommand.launchTarget(other)).containsExactly("-cp", other, ParseWorker.class.getName());
    }

    @Test
    void aFolderOnTheClassPathIsNeverArchived() throws IOException {
        Path args = Files.writeString(runtime.resolve("classpath.args"), "-cp \"" + runtime.toAbsolutePath() + "\"\n");
        List<String> command = List.of("java", "@" + args, ParseWorker.class.getName());
        assertThat(ClassSharing.forChild(command).command()).isEqualTo(command);
    }

    @Test
    void theServerMapsItsArchiveOnlyOnceItIsWhole() throws IOException {
        Path args = tinyRuntime();
        List<String> options = List.of("-Xmx2g");
        assertThat(SecondJvm.serverOptions(runtime, options)).as("no archive yet").isEqualTo(options);

        Path archive = runtime.resolve(ClassSharing.SERVER_ARCHIVE);
        Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(SecondJvm.serverOptions(runtime, options)).as("a half-written archive (no header yet)").isEqualTo(options);

        Files.write(archive, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0, 0, 0, 0});
        List<String> sharing = SecondJvm.serverOptions(runtime, options);
        assertThat(sharing).as("the archive's options first, the server's own after them")
                .containsExactly("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-Xlog:class+path=off", "-Xmx2g");
        List<String> command = SecondJvm.commandLine(args, options, "vn.kiemchung.KiemchungApplication", List.of());
        assertThat(ClassSharing.trainServer(command)).as("nothing to train when the archive is there").isEmpty();
    }

    @Test
    void theTrainingRunTakesNoneOfTheServersSettings() throws IOException {
        Path args = tinyRuntime();
        List<String> server = List.of("/opt/java/bin/java", "-Xmx4g", "-Dspring.datasource.url=jdbc:postgresql://db.example/prod",
                "-Dkiemchung.relaunched=true", "@" + args, "vn.kiemchung.KiemchungApplication", "--spring.profiles.active=prod",
                "--kiemchung.storage.endpoint=https://s3.example");
        Path temp = runtime.resolve("server.jsa.1-2.tmp");
        Path folder = Files.createDirectories(runtime.resolve("training"));

        ProcessBuilder run = ClassSharing.trainingRun(server, 4, temp, folder, runtime);

        List<String> command = run.command();
        assertThat(command).contains("/opt/java/bin/java", "@" + args, "vn.kiemchung.KiemchungApplication",
                "-XX:ArchiveClassesAtExit=" + temp, "-XX:-ClassUnloading", "--server.port=0", "--server.address=127.0.0.1",
                "-D" + ClassSharing.TRAINING + "=true");
        assertThat(String.join(" ", command)).doesNotContain("datasource").doesNotContain("prod").doesNotContain("s3.example")
                .doesNotContain("-Xmx4g");
        assertThat(command.indexOf("vn.kiemchung.KiemchungApplication")).isGreaterThan(command.indexOf("@" + args));
        assertThat(run.directory().toPath()).isEqualTo(folder);
        assertThat(run.environment().keySet()).as("a parse child's environment: no secrets")
                .allMatch(k -> ChildProcess.INHERITED.contains(k.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void aTrainingRunThatFailsLeavesNoArchiveNoClaimAndNoFolder() throws Exception {
        // the main class does not exist: the run ends at once with an error
        List<String> command = List.of(SecondJvm.javaExecutable(), "@" + tinyRuntime(), "no.such.Main");
        ClassSharing.Training training = ClassSharing.trainServer(command).orElseThrow();
        assertThat(ClassSharing.trainServer(command)).as("one training run at a time").isEmpty();

        assertThat(training.finish(Duration.ofMinutes(1))).isFalse();

        try (Stream<Path> left = Files.list(runtime)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(ClassSharing.SERVER_ARCHIVE));
        }
        assertThat(ClassSharing.trainServer(command)).as("the claim was given back").isPresent()
                .get().satisfies(again -> again.finish(Duration.ofMinutes(1)));
    }

    /** A runtime folder whose class path is one small jar. */
    private Path tinyRuntime() throws IOException {
        Path jar = runtime.resolve("classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("empty.txt"));
            out.closeEntry();
        }
        return Files.writeString(runtime.resolve("classpath.args"), "-cp \"" + jar.toAbsolutePath() + "\"\n");
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
