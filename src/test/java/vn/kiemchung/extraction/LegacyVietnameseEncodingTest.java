package vn.kiemchung.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyVietnameseEncodingTest {

    private static final String SENTENCE = "Quyết định của ủy ban nhân dân tỉnh về việc ban hành kế hoạch "
            + "chuyển đổi số năm 2024, nâng cao chất lượng dịch vụ công trực tuyến và bảo đảm an toàn thông tin "
            + "mạng; Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ngành thực hiện.";

    @Test
    void decodesKnownTcvn3Samples() {
        assertThat(LegacyVietnameseEncoding.toUnicode("QuyÕt ®Þnh", "TCVN3")).isEqualTo("Quyết định");
        assertThat(LegacyVietnameseEncoding.toUnicode("ñy ban nh©n d©n", "TCVN3")).isEqualTo("ủy ban nhân dân");
        assertThat(LegacyVietnameseEncoding.toUnicode("Bé tr\u00ADëng Bé X©y dùng", "TCVN3")).isEqualTo("Bộ trưởng Bộ Xây dựng");
    }

    @Test
    void decodesKnownVniSamples() {
        assertThat(LegacyVietnameseEncoding.toUnicode("Quyeát ñònh", "VNI")).isEqualTo("Quyết định");
        assertThat(LegacyVietnameseEncoding.toUnicode("Uûy ban nhaân daân tænh", "VNI")).isEqualTo("Ủy ban nhân dân tỉnh");
        assertThat(LegacyVietnameseEncoding.toUnicode("ÑAÛNG COÄNG SAÛN", "VNI")).isEqualTo("ĐẢNG CỘNG SẢN");
    }

    @Test
    void roundTripsASentenceThroughTcvn3() {
        String encoded = fromUnicode(SENTENCE, "TCVN3");
        assertThat(encoded).isNotEqualTo(SENTENCE);
        assertThat(LegacyVietnameseEncoding.detect(encoded)).contains("TCVN3");
        assertThat(LegacyVietnameseEncoding.toUnicode(encoded, "TCVN3")).isEqualTo(tcvn3Visible(SENTENCE));
    }

    @Test
    void roundTripsASentenceThroughVni() {
        String encoded = fromUnicode(SENTENCE, "VNI");
        assertThat(LegacyVietnameseEncoding.detect(encoded)).contains("VNI");
        assertThat(LegacyVietnameseEncoding.toUnicode(encoded, "VNI")).isEqualTo(SENTENCE);
    }

    @Test
    void roundTripsEveryVietnameseLetterThroughVni() {
        String all = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        String both = all + " " + all.toUpperCase(java.util.Locale.ROOT);
        assertThat(LegacyVietnameseEncoding.toUnicode(fromUnicode(both, "VNI"), "VNI")).isEqualTo(both);
    }

    @Test
    void doesNotDetectUnicodeVietnamese() {
        assertThat(LegacyVietnameseEncoding.detect(SENTENCE)).isEmpty();
        assertThat(LegacyVietnameseEncoding.detect("Các cơ quan, đơn vị báo cáo kết quả về Sở trước ngày 15 hằng tháng."))
                .isEmpty();
    }

    @Test
    void doesNotDetectEnglishOrFrench() {
        assertThat(LegacyVietnameseEncoding.detect("The committee approved the digital transformation plan for 2024."))
                .isEmpty();
        assertThat(LegacyVietnameseEncoding.detect("Le comité a approuvé à l'unanimité le président élu, côté fenêtre, "
                + "où l'élève étudie après la fête.")).isEmpty();
        assertThat(LegacyVietnameseEncoding.detect("")).isEmpty();
    }

    @Test
    void unknownEncodingLeavesTextAlone() {
        assertThat(LegacyVietnameseEncoding.toUnicode("QuyÕt", "CP1258")).isEqualTo("QuyÕt");
    }

    /** Types Unicode text the way the legacy font would store it (test-only encoder). */
    static String fromUnicode(String text, String encoding) {
        Map<String, String> inverse = new HashMap<>();
        LegacyVietnameseEncoding.table(encoding).forEach((code, letter) ->
                inverse.merge(String.valueOf(letter), code, (a, b) -> preferred(a, b, letter)));
        StringBuilder sb = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            String code = inverse.get(c);
            if (code == null && encoding.equals("TCVN3")) {
                // TCVN3 has no capital toned letters; the ".VnTimeH" font draws the small ones as capitals
                code = inverse.get(c.toLowerCase(java.util.Locale.ROOT));
            }
            sb.append(code != null ? code : c);
        }
        return sb.toString();
    }

    /** Upper-case letters take upper-case marks in VNI; of two codes keep the one with matching case. */
    private static String preferred(String a, String b, char letter) {
        boolean upper = Character.isUpperCase(letter);
        return Character.isUpperCase(a.charAt(a.length() - 1)) == upper ? a : b;
    }

    /** What a TCVN3 round trip can give back: capital toned letters come back small. */
    private static String tcvn3Visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            String one = String.valueOf(c);
            boolean encodable = "ĂÂÊÔƠƯĐ".indexOf(c) >= 0 || c < 128;
            sb.append(Character.isUpperCase(c) && !encodable ? one.toLowerCase(java.util.Locale.ROOT) : one);
        }
        return sb.toString();
    }
}
