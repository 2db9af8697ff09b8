package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The figure reader's hand-written scans give what the regexes they replace gave. */
class FigureTextHelpersTest {

    private static final String ALPHABET = "ab   1.,;:!?)\u001C\u2003\t\n\r\u000B\f\u0085\u2028\u2029\u00A0đ";

    @Test
    void handWrittenScansEqualTheRegexes() {
        Random random = new Random(11);
        Pattern spaces = Pattern.compile("\\s+");
        Pattern clauseEnd = Pattern.compile("[;:!?]|\\.(?=\\s|$)");
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(random.nextInt(4) == 0 ? 40 : 12);
            for (int i = 0; i < n; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertThat(FigureExtractor.splitSpaces(s)).as("split [%s]", s).containsExactly(spaces.split(s));
            assertThat(FigureExtractor.collapseSpaces(s)).as("collapse [%s]", s).isEqualTo(s.replaceAll("\\s+", " "));
            assertThat(FigureExtractor.withoutTrailingPunctuation(s)).as("trailing [%s]", s)
                    .isEqualTo(s.replaceAll("[,.;:)!?]+$", ""));
            for (int k2 : new int[] {1, 3, 9}) {
                String[] words = spaces.split(s.strip());
                assertThat(FigureExtractor.lastWords(s, 0, s.length(), k2)).as("last %d [%s]", k2, s)
                        .isEqualTo(String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - k2), words.length)));
                assertThat(FigureExtractor.firstWords(s, 0, s.length(), k2)).as("first %d [%s]", k2, s)
                        .isEqualTo(String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, k2))));
            }
            List<Integer> expected = new ArrayList<>();
            Matcher m = clauseEnd.matcher(s);
            while (m.find()) {
                expected.add(m.start());
                expected.add(m.end());
            }
            List<Integer> actual = new ArrayList<>();
            for (int v : FigureExtractor.clauseEnds(s)) {
                actual.add(v);
            }
            assertThat(actual).as("clause ends [%s]", s).isEqualTo(expected);
        }
    }
}
