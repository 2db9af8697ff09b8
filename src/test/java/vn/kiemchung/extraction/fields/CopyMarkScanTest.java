package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The copy stamp's one-pass pre-check says yes exactly where one of its four marks stands in the line. */
class CopyMarkScanTest {

    @Test
    void theScanAgreesWithLookingForEachMark() {
        String alphabet = "SAOYLTr- sy";
        Random random = new Random(7);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String line = sb.toString();
            boolean expected = line.contains("SAO") || line.contains("SY-") || line.contains("SL-") || line.contains("TrS-");
            assertThat(CopyFormExtractor.mayBeCopyMark(line)).as("[%s]", line).isEqualTo(expected);
        }
        assertThat(CopyFormExtractor.mayBeCopyMark("Số: 12/SY-UBND")).isTrue();
        assertThat(CopyFormExtractor.mayBeCopyMark("TrS-")).isTrue();
        assertThat(CopyFormExtractor.mayBeCopyMark("Sở Khoa học và Công nghệ")).isFalse();
    }
}
