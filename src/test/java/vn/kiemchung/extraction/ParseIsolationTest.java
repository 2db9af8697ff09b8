package vn.kiemchung.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.extraction.RawText.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Files that hang, exhaust memory or crash the parser cost one child process, never the caller. */
class ParseIsolationTest {

    private static TikaTextExtractor extractor;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startExtractorWithFaultHooks() {
        // One worker, so the file after a fault must be parsed by the replacement child.
        ParseLimits limits = ParseLimits.defaults().withOcr(false).withWorkers(1, 1, 200)
                .withTimeouts(Duration.ofSeconds(8), Duration.ofSeconds(8)).withChildHeap("128m");
        extractor = new TikaTextExtractor(limits, List.of("-Dkiemchung.parse.testHooks=true"));
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    private static RawText readNormalFile() throws Exception {
        Path file = EvidenceFiles.pdf(dir.resolve("binh-thuong-" + System.nanoTime() + ".pdf"),
                EvidenceFiles.DECISION);
        long started = System.nanoTime();
        RawText text = extractor.extract(file, "binh-thuong.pdf");
        System.err.printf("[timing] normal file after fault: %d ms (includes child start when replaced)%n",
                (System.nanoTime() - started) / 1_000_000);
        return text;
    }

    private static Path someFile() throws Exception {
        return Files.writeString(dir.resolve("any-" + System.nanoTime() + ".txt"), "nội dung");
    }

    @Test
    void hangingParseTimesOutAndTheNextFileParses() throws Exception {
        long started = System.nanoTime();
        RawText hung = extractor.extract(someFile(), "__hang__");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(hung.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(hung.reason()).isEqualTo("timed out after 8 s");
        assertThat(took).isLessThan(Duration.ofSeconds(20));

        RawText next = readNormalFile();
        assertThat(next.outcome()).isEqualTo(Outcome.OK);
        assertThat(next.text()).contains(EvidenceFiles.DECISION);
    }

    @Test
    void outOfMemoryIsUnreadableAndTheNextFileParses() throws Exception {
        RawText oom = extractor.extract(someFile(), "__oom__");

        assertThat(oom.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(oom.reason()).isEqualTo("parser ran out of memory");

        RawText next = readNormalFile();
        assertThat(next.outcome()).isEqualTo(Outcome.OK);
        assertThat(next.text()).contains(EvidenceFiles.DECISION);
    }

    @Test
    void crashedChildIsUnreadableAndTheNextFileParses() throws Exception {
        RawText crash = extractor.extract(someFile(), "__crash__");

        assertThat(crash.outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(crash.reason()).isEqualTo("parser process crashed (exit code 7)");

        assertThat(readNormalFile().outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void parallelCallersAllGetAnswers() throws Exception {
        Path file = EvidenceFiles.docx(dir.resolve("song-song.docx"), EvidenceFiles.COMMITTEE);
        List<Thread> threads = new java.util.ArrayList<>();
        List<RawText> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> answers.add(extractor.extract(file, "song-song.docx")));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        assertThat(answers).hasSize(4).allSatisfy(text -> {
            assertThat(text.outcome()).isEqualTo(Outcome.OK);
            assertThat(text.text()).contains(EvidenceFiles.COMMITTEE);
        });
    }
}
