package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.bench.AnalysisSnapshot;
import vn.kiemchung.extraction.bench.BenchTexts;

/**
 * The single-pass normalisation, folding and quality score give exactly what the chains of
 * regex replacements gave ({@link VietnameseTextReference}): on every character of the Basic
 * Multilingual Plane in context, on random strings of the characters treated specially, on the
 * benchmark documents and, when the shared corpus is there, on real legal documents.
 */
class VietnameseTextSinglePassTest {

    private static final Path VBPL = Path.of("../shared/corpus/vbpl/docs");

    @Test
    void everyCharacterFoldsAndNormalisesAsBefore() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (String s : List.of(ch, "a" + ch + "b", " " + ch + ch + "\n", "Ð" + ch + "ð")) {
                assertThat(VietnameseText.fold(s)).as("fold U+%04X in %s", c, s).isEqualTo(VietnameseTextReference.fold(s));
                assertThat(VietnameseText.normalize(s)).as("normalize U+%04X", c).isEqualTo(VietnameseTextReference.normalize(s));
            }
        }
    }

    @Test
    void randomTextsOfTheSpecialCharactersGiveTheSameResults() {
        for (String s : AnalysisSnapshot.randomTexts(4, 3_000)) {
            assertSame(s);
        }
    }

    @Test
    void benchmarkDocumentsGiveTheSameResults() {
        for (String kind : List.of("bench", "prose", "tcvn3")) {
            for (String doc : BenchTexts.documents(kind)) {
                assertSame(doc);
                assertSame(doc.replace("\n", "\r\n").replace(" ", " \u00A0\t"));
            }
        }
    }

    @Test
    void realLegalDocumentsGiveTheSameResults() throws IOException {
        List<Path> docs = new ArrayList<>();
        if (Files.isDirectory(VBPL)) {
            try (Stream<Path> files = Files.list(VBPL)) {
                docs.addAll(files.sorted().limit(20).toList());
            }
        }
        for (Path doc : docs) {
            assertSame(Files.readString(doc));
        }
    }

    @Test
    void splitDatesAreJoinedInAnyCase() {
        String s = "Bạc Liêu, NGÀY 5\n tháng 7 / năm\n2023 và tháng 3năm 2024, ngày 1 tháng 2 năm 2023";
        assertThat(VietnameseText.normalize(s)).isEqualTo(VietnameseTextReference.normalize(s))
                .isEqualTo("Bạc Liêu, NGÀY 5 tháng 7 năm 2023 và tháng 3 năm 2024, ngày 1 tháng 2 năm 2023");
    }

    private static void assertSame(String s) {
        assertThat(VietnameseText.normalize(s)).as("normalize %s", s).isEqualTo(VietnameseTextReference.normalize(s));
        assertThat(VietnameseText.fold(s)).as("fold %s", s).isEqualTo(VietnameseTextReference.fold(s));
        String normalized = VietnameseText.normalize(s);
        assertThat(VietnameseText.fold(normalized)).isEqualTo(VietnameseTextReference.fold(normalized));
        assertThat(VietnameseText.syllableQuality(s)).as("quality %s", s).isEqualTo(VietnameseTextReference.syllableQuality(s));
        assertThat(VietnameseText.syllableQuality(normalized)).isEqualTo(VietnameseTextReference.syllableQuality(normalized));
    }
}
