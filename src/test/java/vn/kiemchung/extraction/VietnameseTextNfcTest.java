package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chars the NFC check takes without asking the normaliser are ones NFC never changes, alone or beside each other. */
class VietnameseTextNfcTest {

    @Test
    void everyStableCharAndEveryPairOfTheLatinOnesIsNfc() {
        List<Character> stable = new ArrayList<>();
        for (char[] range : VietnameseText.NFC_STABLE_RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                stable.add((char) c);
            }
        }
        for (char c : stable) {
            assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X alone", (int) c).isTrue();
        }
        // a char that combines with the one before would show in a pair: every pair within Latin and Vietnamese,
        // and every stable char after each of those letters
        List<Character> latin = stable.stream().filter(c -> c <= 0x02FF || (c >= 0x1E00 && c <= 0x1EFF)).toList();
        char[] pair = new char[2];
        for (char first : latin) {
            pair[0] = first;
            for (char second : stable) {
                pair[1] = second;
                String s = new String(pair);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) first, (int) second));
                }
            }
        }
    }

    @Test
    void decomposedOrOddTextIsStillNormalised() {
        String decomposed = Normalizer.normalize("Ủy ban nhân dân tỉnh Bạc Liêu", Normalizer.Form.NFD);
        assertThat(VietnameseText.isNfc(decomposed)).isFalse();
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Ủy ban nhân dân tỉnh Bạc Liêu");
        assertThat(VietnameseText.isNfc("Ủy ban nhân dân tỉnh Bạc Liêu, 95,5 % — “đạt”")).isTrue();
        assertThat(VietnameseText.isNfc("\u2126 ohm")).as("a singleton NFC replaces").isFalse();
        assertThat(VietnameseText.normalize("\u212B")).isEqualTo("\u00C5");
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Ủy ban nhân dân tỉnh Bạc Liêu"));
    }
}
