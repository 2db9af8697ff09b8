package vn.kiemchung.extraction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.RawText.Outcome;
import vn.kiemchung.extraction.parsing.ChildCommand;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

class ChildLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void closingTheExtractorStopsItsChildren() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Báo cáo chuyển đổi số");
        Set<Long> before = alivePids();
        TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults().withOcr(false));
        assertThat(extractor.extract(file, "a.txt").outcome()).isEqualTo(Outcome.OK);
        List<ProcessHandle> children = newChildren(before);
        assertThat(children).isNotEmpty();

        extractor.close();

        for (ProcessHandle child : children) {
            child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(extractor.extract(file, "a.txt").reason()).isEqualTo("parser pool closed");
    }

    @Test
    void childIsRetiredAfterItsQuotaOfFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), "Kế hoạch");
        Set<Long> before = alivePids();
        try (TikaTextExtractor extractor = new TikaTextExtractor(
                ParseLimits.defaults().withOcr(false).withWorkers(1, 1, 1))) {
            assertThat(extractor.extract(file, "b.txt").outcome()).isEqualTo(Outcome.OK);
            // recycleAfter = 1: the child that read the file has been stopped, none waits idle
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!newChildren(before).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(newChildren(before)).isEmpty();
            assertThat(extractor.extract(file, "b.txt").outcome()).isEqualTo(Outcome.OK);
        }
    }

    /**
     * The first file waits for the child the command line prestarted instead of starting a second one beside
     * it: two JVMs loading Tika at once on two cores made the first answer a second later.
     */
    @Test
    void theFirstFileIsReadByThePrestartedChildNotBySecondOneStartedBesideIt() throws Exception {
        Path file = Files.writeString(dir.resolve("c.txt"), "Quyết định phê duyệt");
        Set<Long> before = alivePids();
        try (TikaTextExtractor extractor = new TikaTextExtractor(ParseLimits.defaults().withOcr(false).withWorkers(2, 1, 50))) {
            extractor.prestart(1);
            assertThat(extractor.extract(file, "c.txt").outcome()).isEqualTo(Outcome.OK);
            assertThat(newChildren(before)).as("one child started, the prestarted one").hasSize(1);
        }
    }

    /**
     * Children this JVM already had: Spring contexts other test classes left cached keep their own
     * parser children, so only those started during a test are that test's.
     */
    private static Set<Long> alivePids() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static List<ProcessHandle> newChildren(Set<Long> before) {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> !before.contains(child.pid())).toList();
    }

    @Test
    void springBootFatJarIsStartedWithItsWorkerArgument() throws Exception {
        Path jar = dir.resolve("kiemchung.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("BOOT-INF/"));
            zip.closeEntry();
        }
        String saved = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", jar.toString());
            // The cache folder cannot be created (a file stands in its way): start from the fat jar.
            Files.writeString(dir.resolve("not-a-folder"), "x");
            System.setProperty("kiemchung.cache", dir.resolve("not-a-folder").toString());
            List<String> command = ChildCommand.build("256m", List.of());
            assertThat(command.subList(command.size() - 3, command.size()))
                    .containsExactly("-jar", jar.toString(), "__parse-worker");
            // With a cache folder, from the jar unpacked once: a plain class path starts faster.
            System.setProperty("kiemchung.cache", dir.resolve("cache").toString());
            List<String> unpacked = ChildCommand.build("256m", List.of());
            String argumentFile = unpacked.get(unpacked.size() - 2);
            assertThat(argumentFile).startsWith("@").endsWith("classpath.args");
            assertThat(unpacked.get(unpacked.size() - 1)).isEqualTo("vn.kiemchung.extraction.parsing.ParseWorker");
            assertThat(Files.readString(Path.of(argumentFile.substring(1)))).startsWith("-cp \"")
                    .contains(dir.resolve("cache").toString()).doesNotContain("unpacking");
            assertThat(ChildCommand.build("256m", List.of())).isEqualTo(unpacked);
            assertThat(command).contains("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                    "-Djava.awt.headless=true");
            assertThat(Path.of(command.get(0))).isExecutable();
        } finally {
            System.setProperty("java.class.path", saved);
            System.clearProperty("kiemchung.cache");
        }
    }

    @Test
    void plainClassPathStartsTheWorkerClass() {
        List<String> command = ChildCommand.build("512m", List.of());

        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly("-cp", System.getProperty("java.class.path"),
                        "vn.kiemchung.extraction.parsing.ParseWorker");
    }
}
