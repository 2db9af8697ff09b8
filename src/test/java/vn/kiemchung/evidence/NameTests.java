package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Invisible characters that make a name read differently from what it is ("hóa-đơn\u2066fdp.exe"
 * shown as "…exe.pdf", or two names that look the same): every Unicode format character
 * (category Cf) is removed from stored names, not only a list of known ones.
 */
class NameTests {

    @Test
    void everyFormatCharacterIsRemoved() {
        int seen = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.FORMAT) {
                seen++;
                String hostile = "Quyết định" + new String(Character.toChars(cp)) + " số 12.pdf";
                assertThat(EvidenceIntake.cleanName(hostile)).as("U+%04X", cp).isEqualTo("Quyết định số 12.pdf");
            }
        }
        assertThat(seen).as("format characters tried").isGreaterThan(150);
    }

    @Test
    void theArabicLetterMarkAndWordJoinerFromTheReviewAreGone() {
        assertThat(EvidenceIntake.cleanName("bao-cao\u061C.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(EvidenceIntake.cleanName("bao\u2060-cao.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(EvidenceIntake.cleanName("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(EvidenceIntake.cleanSegment("\uDB40\uDC01tag")).isEqualTo("tag");
    }

    @Test
    void vietnameseLettersAndOrdinarySpacesStay() {
        assertThat(EvidenceIntake.cleanName("Kế hoạch Chuyển đổi số năm 2023 (bản ký).pdf"))
                .isEqualTo("Kế hoạch Chuyển đổi số năm 2023 (bản ký).pdf");
    }
}
