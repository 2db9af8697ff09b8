package vn.kiemchung.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Hostile names are kept as data, cleaned: never a path, never a control character. */
class CleanNameTest {

    @Test
    void pathsAreCutToTheLastSegment() {
        assertThat(EvidenceIntake.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceIntake.cleanName("..\\..\\Windows\\system.ini")).isEqualTo("system.ini");
        assertThat(EvidenceIntake.cleanName("/abs/Quyết định.pdf")).isEqualTo("Quyết định.pdf");
        assertThat(EvidenceIntake.cleanName("C:\\Users\\a\\Báo cáo.docx")).isEqualTo("Báo cáo.docx");
    }

    @Test
    void nothingLeftOrOnlyDotsBecomesUnnamed() {
        assertThat(EvidenceIntake.cleanName(null)).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("")).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("..")).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("...")).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("a/b/")).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("   ")).isEqualTo("unnamed");
        assertThat(EvidenceIntake.cleanName("\u0000\u0001")).isEqualTo("unnamed");
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertThat(EvidenceIntake.cleanName("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(EvidenceIntake.cleanName("a\r\nb\t.pdf")).isEqualTo("ab.pdf");
        assertThat(EvidenceIntake.cleanName("x\u0085y\u009f.pdf")).isEqualTo("xy.pdf");
        // "report<RLO>fdp.exe" shows as "reportexe.pdf" in a browser
        assertThat(EvidenceIntake.cleanName("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(EvidenceIntake.cleanName("\uFEFFtên.txt")).isEqualTo("tên.txt");
    }

    @Test
    void brokenSurrogatesAreDroppedAndRealOnesKept() {
        assertThat(EvidenceIntake.cleanName("a\uD800b.txt")).isEqualTo("ab.txt");
        assertThat(EvidenceIntake.cleanName("a\uDC00b.txt")).isEqualTo("ab.txt");
        assertThat(EvidenceIntake.cleanName("ảnh \uD83D\uDCC4.png")).isEqualTo("ảnh \uD83D\uDCC4.png");
    }

    @Test
    void decomposedVietnameseBecomesComposed() {
        String nfd = Normalizer.normalize("Quyết định kiện toàn Ban chỉ đạo.pdf", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Quyết định kiện toàn Ban chỉ đạo.pdf");
        assertThat(EvidenceIntake.cleanName(nfd)).isEqualTo("Quyết định kiện toàn Ban chỉ đạo.pdf");
    }

    @Test
    void veryLongNamesKeepTheirExtensionWithin255Characters() {
        String longName = "Kế hoạch ".repeat(200) + ".docx";
        String cleaned = EvidenceIntake.cleanName(longName);
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(255);
        assertThat(cleaned).endsWith(".docx").startsWith("Kế hoạch");
        String emoji = "\uD83D\uDCC4".repeat(300);
        String cut = EvidenceIntake.cleanName(emoji);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(255);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void storageKeysComeFromTheContentOnly() {
        String sha = "ab".repeat(32);
        assertThat(EvidenceIntake.storageKey(sha)).isEqualTo("sha256/ab/" + sha);
    }
}
