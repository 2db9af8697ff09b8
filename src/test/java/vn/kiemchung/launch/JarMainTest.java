package vn.kiemchung.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's main class hands a command or the server to the unpacked copy only when it can tell alone that the
 * application would do the same; every other case goes to Spring Boot's launcher and the application.
 */
class JarMainTest {

    private static final Optional<List<String>> FORWARDED = Optional.of(List.of("-Xmx700m", SecondJvm.MARK));

    @TempDir
    Path folder;
    private Path jar;
    private String previousCache;

    @BeforeEach
    void aJarAndACacheOfItsOwn() throws IOException {
        previousCache = System.getProperty("kiemchung.cache");
        System.setProperty("kiemchung.cache", folder.resolve("cache").toString());
        jar = Files.write(folder.resolve("kiemchung.jar"), new byte[] {1, 2, 3});
    }

    @AfterEach
    void restore() {
        if (previousCache == null) {
            System.clearProperty("kiemchung.cache");
        } else {
            System.setProperty("kiemchung.cache", previousCache);
        }
    }

    @Test
    void withoutTheUnpackedCopyNothingIsHandedOverHere() {
        assertThat(JarMain.handover(new String[] {"audit", "dossier"}, jar.toString(), FORWARDED))
                .as("the application makes the copy first").isEmpty();
        assertThat(JarMain.handover(new String[] {}, jar.toString(), FORWARDED)).isEmpty();
    }

    @Test
    void anAuditGoesToTheCopyWithTheCommandsOptionsAndThePersonsOwn() throws IOException {
        Path args = copy();
        SecondJvm.Handover handover = JarMain.handover(new String[] {"audit", "hồ sơ/Bạc Liêu", "--format", "json"},
                jar.toString(), FORWARDED).orElseThrow();
        List<String> command = handover.command();
        assertThat(command.get(0)).isEqualTo(SecondJvm.javaExecutable());
        assertThat(command).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx700m", SecondJvm.MARK,
                "-D" + JarMain.HANDED_OVER_BY + "=JarMain", "@" + args, JarMain.APPLICATION, "audit", "hồ sơ/Bạc Liêu",
                "--format", "json");
        assertThat(command.subList(command.indexOf(JarMain.APPLICATION) + 1, command.size()))
                .as("the arguments exactly as given, Vietnamese file names untouched")
                .containsExactly("audit", "hồ sơ/Bạc Liêu", "--format", "json");
        assertThat(handover.grace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(JarMain.handover(new String[] {"extract", "a.pdf"}, jar.toString(), FORWARDED)).isPresent();
    }

    @Test
    void otherCommandsTheWorkerAndTheWorkKeptInThisJvmAreLeftToTheApplication() throws IOException {
        copy();
        for (String[] args : List.of(new String[] {"rules", "check"}, new String[] {"catalogue"}, new String[] {"bench"},
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"__parse-worker"}, new String[] {"serve", "x"},
                new String[] {"AUDIT"})) {
            assertThat(JarMain.handover(args, jar.toString(), FORWARDED)).as(String.join(" ", args)).isEmpty();
        }
        assertThat(JarMain.handover(new String[] {"audit", "d"}, jar.toString(), Optional.empty()))
                .as("relaunching switched off, an agent attached, or this is the second JVM already").isEmpty();
        assertThat(JarMain.handover(new String[] {"audit", "d"}, jar + java.io.File.pathSeparator + "other.jar", FORWARDED))
                .as("not started as java -jar").isEmpty();
        assertThat(JarMain.handover(new String[] {"audit", "d"}, folder.toString(), FORWARDED)).isEmpty();
    }

    @Test
    void theServerIsHandedOverOnlyOnceItsArchiveIsWhole() throws IOException {
        Path args = copy();
        assertThat(JarMain.handover(new String[] {}, jar.toString(), FORWARDED))
                .as("no archive yet: the application starts the run that makes it").isEmpty();
        Path archive = args.resolveSibling(SecondJvm.SERVER_ARCHIVE);
        Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(JarMain.handover(new String[] {}, jar.toString(), FORWARDED)).as("half written").isEmpty();

        Files.write(archive, new byte[] {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 0, 0, 0, 0});
        SecondJvm.Handover plain = JarMain.handover(new String[] {}, jar.toString(), FORWARDED).orElseThrow();
        assertThat(plain.command()).containsSubsequence("-XX:SharedArchiveFile=" + archive, "-Xmx700m", "@" + args,
                JarMain.APPLICATION).doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(plain.command().get(plain.command().size() - 1)).isEqualTo(JarMain.APPLICATION);
        assertThat(plain.grace()).as("the server closes its database as it stops").isEqualTo(Duration.ofSeconds(90));

        List<String> serve = JarMain.handover(new String[] {"serve", "--server.port=9090"}, jar.toString(), FORWARDED)
                .orElseThrow().command();
        assertThat(serve.subList(serve.indexOf(JarMain.APPLICATION) + 1, serve.size())).containsExactly("--server.port=9090");
        List<String> settings = JarMain.handover(new String[] {"--server.port=9090"}, jar.toString(), FORWARDED)
                .orElseThrow().command();
        assertThat(settings.subList(settings.indexOf(JarMain.APPLICATION) + 1, settings.size())).containsExactly("--server.port=9090");

        String previous = System.getProperty(SecondJvm.SHARING_SWITCH);
        System.setProperty(SecondJvm.SHARING_SWITCH, "false");
        try {
            assertThat(JarMain.handover(new String[] {}, jar.toString(), FORWARDED)).as("archives switched off").isEmpty();
        } finally {
            if (previous == null) {
                System.clearProperty(SecondJvm.SHARING_SWITCH);
            } else {
                System.setProperty(SecondJvm.SHARING_SWITCH, previous);
            }
        }
    }

    @Test
    void theFirstCommandFromACopyListsItsClassesForTheArchiveAndTheNextOnesMapIt() throws Exception {
        Path args = copy();
        Path archive = args.resolveSibling(SecondJvm.COMMAND_ARCHIVE);
        Path claim = args.resolveSibling(SecondJvm.COMMAND_ARCHIVE + ".dumping");
        Path list = args.resolveSibling(CommandArchive.CLASS_LIST);
        SecondJvm.Handover first = JarMain.handover(new String[] {"audit", "d"}, jar.toString(), FORWARDED).orElseThrow();
        assertThat(first.command()).contains("-XX:DumpLoadedClassList=" + list)
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(claim).as("one run lists, one process makes the archive").exists();

        SecondJvm.Handover meanwhile = JarMain.handover(new String[] {"audit", "d"}, jar.toString(), FORWARDED).orElseThrow();
        assertThat(meanwhile.command()).as("another run meanwhile: neither lists nor maps")
                .noneMatch(o -> o.startsWith("-XX:DumpLoadedClassList") || o.startsWith("-XX:SharedArchiveFile"));
        assertThat(meanwhile.afterwards()).isEmpty();

        // the run answered at once (a usage error, a kept report): too few classes for an archive worth having
        Files.write(list, java.util.Collections.nCopies(50, "java/lang/Object id: 1"));
        first.afterwards().orElseThrow().close();
        assertThat(list).doesNotExist();
        assertThat(claim).as("the claim is given back, the next command lists again").doesNotExist();
        assertThat(archive).doesNotExist();

        Files.write(archive, new byte[] {(byte) 0xa2, (byte) 0xab, 0x0b, (byte) 0xf0, 0, 0, 0, 0}); // a static archive's header
        SecondJvm.Handover mapped = JarMain.handover(new String[] {"extract", "a.pdf"}, jar.toString(), FORWARDED).orElseThrow();
        assertThat(mapped.command()).containsSubsequence("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.startsWith("-XX:DumpLoadedClassList"));
        assertThat(mapped.afterwards()).isEmpty();
    }

    /** The maker, run as the command's background process runs it: a real dump, then only the archive is left. */
    @Test
    void theMakerDumpsTheListedClassesAndLeavesOnlyTheArchive() throws Exception {
        Path dir = Files.createDirectories(JarCopy.folderOf(jar));
        Path classes = dir.resolve(JarCopy.CLASSES_JAR);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(classes))) {
            out.putNextEntry(new java.util.jar.JarEntry("empty.txt"));
            out.closeEntry();
        }
        Path args = Files.writeString(dir.resolve(JarCopy.ARGUMENT_FILE), "-cp \"" + classes + "\"\n");
        Files.write(dir.resolve(CommandArchive.CLASS_LIST), List.of("java/lang/Object", "java/lang/String", "java/util/ArrayList"));
        Files.createFile(dir.resolve(SecondJvm.COMMAND_ARCHIVE + ".dumping"));

        CommandArchive.main(new String[] {args.toString()});

        assertThat(SecondJvm.completeArchive(dir.resolve(SecondJvm.COMMAND_ARCHIVE))).as("a whole static archive").isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(JarCopy.CLASSES_JAR, JarCopy.ARGUMENT_FILE, SecondJvm.COMMAND_ARCHIVE);
        }
        Process mapped = new ProcessBuilder(SecondJvm.javaExecutable(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + dir.resolve(SecondJvm.COMMAND_ARCHIVE), "@" + args, "-version").redirectErrorStream(true).start();
        String said = new String(mapped.getInputStream().readAllBytes());
        assertThat(mapped.waitFor()).as("a JVM that must map it starts: " + said).isZero();
    }

    @Test
    void aDumpThatFailsLeavesNoArchiveAndGivesTheClaimBack() throws Exception {
        Path dir = Files.createDirectories(JarCopy.folderOf(jar));
        Path args = Files.writeString(dir.resolve(JarCopy.ARGUMENT_FILE), "-cp \"" + dir.resolve("classes.jar") + "\"\n");
        // the list is gone (a cache cleaner got there first): the dump fails
        Files.createFile(dir.resolve(SecondJvm.COMMAND_ARCHIVE + ".dumping"));

        CommandArchive.main(new String[] {args.toString()});

        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no archive, list, claim or temporary file")
                    .noneMatch(n -> n.startsWith(SecondJvm.COMMAND_ARCHIVE) || n.equals(CommandArchive.CLASS_LIST));
        }
        assertThat(Files.readString(dir.resolve(CommandArchive.LOG))).as("the dump's own words are kept for whoever looks")
                .isNotBlank();
    }

    @Test
    void aCommandRunsWithC1AndTheSerialCollectorUnlessThePersonChoseACollector() {
        assertThat(SecondJvm.commandOptions(List.of("-Xmx700m")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MetaspaceSize=256m", "-Xmx700m");
        assertThat(SecondJvm.commandOptions(List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4")))
                .as("the person's collector alone; their compiler level last, so it wins")
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=256m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4");
    }

    /** The copy's folder as UnpackedRuntime leaves it: the argument file is what marks it made. */
    private Path copy() throws IOException {
        Path dir = Files.createDirectories(JarCopy.folderOf(jar));
        return Files.writeString(dir.resolve(JarCopy.ARGUMENT_FILE), "-cp \"" + dir.resolve(JarCopy.CLASSES_JAR) + "\"\n");
    }
}
