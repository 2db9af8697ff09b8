package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kiemchung.catalogue.Catalogue;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.extraction.DocumentFields;
import vn.kiemchung.extraction.ExtractedDocument;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.RawText;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleCompiler;

/**
 * Issue 13, item 5: a component's status agrees with its points, a counted component counts only the
 * documents that qualify (a directive or a renamed copy is not a meeting), and a document that does not
 * qualify is a WARNING saying it earns nothing, not an ERROR.
 */
class ScoringAgreesWithItselfTest {

    private static final Path RULES = Path.of("rules");
    private static Catalogue catalogue;
    private static RuleBase rules;

    @BeforeAll
    static void load() {
        catalogue = new CatalogueLoader().load(RULES.resolve("2023"));
        rules = new RuleCompiler(RULES).compile(2023);
    }

    @Test
    void aDirectiveAndARenamedCopyBesideThreeMeetingNoticesDoNotRaiseTheCount() {
        List<FiledDocument> notices = new ArrayList<>();
        for (int meeting = 1; meeting <= 3; meeting++) {
            notices.add(notice("1.2/tb-ket-luan-" + meeting + ".pdf", "sha-notice-" + meeting, meeting));
        }
        IndicatorResult three = result(audit(notices), "1.2");

        List<FiledDocument> more = new ArrayList<>(notices);
        more.add(filed("1.2/chi-thi-chuyen-doi-so.pdf", "sha-directive", "CHI_THI", "12/CT-UBND", LocalDate.of(2023, 5, 4),
                "CHỈ THỊ về đẩy mạnh chuyển đổi số. Chủ tịch UBND tỉnh chủ trì, thông báo kết luận về chuyển đổi số."));
        more.add(new FiledDocument("1.2/ban-sao-tb-1.pdf", "1.2", notices.get(0).document()));
        AuditReport report = audit(more);
        IndicatorResult withExtras = result(report, "1.2");

        assertThat(withExtras.projectedPoints()).as("a directive and a copy are not meetings").isEqualByComparingTo(three.projectedPoints());
        assertThat(three.projectedPoints()).isLessThan(three.maxPoints());
        assertThat(withExtras.status()).isEqualTo(ComponentStatus.WEAK);
        assertThat(withExtras.findings()).filteredOn(f -> f.code().equals("DOES_NOT_QUALIFY"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo("WARNING");
                    assertThat(f.document()).isEqualTo("1.2/chi-thi-chuyen-doi-so.pdf");
                });
        assertThat(withExtras.findings()).filteredOn(f -> f.code().equals("DUPLICATE_NOT_COUNTED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo("WARNING");
                    // the copy sorts before the original, so the original is the one left out: either way one counts
                    assertThat(f.document()).isIn("1.2/ban-sao-tb-1.pdf", "1.2/tb-ket-luan-1.pdf");
                });
        assertThat(withExtras.findings()).noneMatch(f -> f.severity().equals("ERROR"));
    }

    @Test
    void theSameNoticeReadFromAScanAndFromTheSignedOriginalCountsOnce() {
        FiledDocument original = notice("1.2/tb-ket-luan-1.pdf", "sha-original", 1);
        FiledDocument scan = notice("1.2/tb-ket-luan-1-scan.pdf", "sha-scan", 1);
        FiledDocument second = notice("1.2/tb-ket-luan-2.pdf", "sha-2", 2);
        IndicatorResult two = result(audit(List.of(original, second)), "1.2");
        IndicatorResult withScan = result(audit(List.of(original, scan, second)), "1.2");
        assertThat(withScan.projectedPoints()).isEqualByComparingTo(two.projectedPoints());
        assertThat(withScan.findings()).extracting(ReportFinding::code).contains("DUPLICATE_NOT_COUNTED");
    }

    @Test
    void fourMeetingsEarnEveryPointAndTheStatusSaysComplete() {
        List<FiledDocument> notices = new ArrayList<>();
        for (int meeting = 1; meeting <= 4; meeting++) {
            notices.add(notice("1.2/tb-" + meeting + ".pdf", "sha-" + meeting, meeting));
        }
        IndicatorResult full = result(audit(notices), "1.2");
        assertThat(full.projectedPoints()).isEqualByComparingTo(full.maxPoints());
        assertThat(full.status()).isEqualTo(ComponentStatus.COMPLETE);
    }

    @Test
    void aWarningThatCostsNothingLeavesFullPointsComplete() {
        // The decision has no number: NUMBER_MISSING is a warning that keeps the points, so the status is COMPLETE.
        FiledDocument decision = filed("1.1/qd-kien-toan.pdf", "sha-decision", "QUYET_DINH", null, LocalDate.of(2023, 2, 1),
                "QUYẾT ĐỊNH kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh. 1. Ông Trần Văn A, Chủ tịch UBND tỉnh – Trưởng ban.");
        IndicatorResult headed = result(audit(List.of(decision)), "1.1");
        assertThat(headed.findings()).extracting(ReportFinding::code).contains("NUMBER_MISSING");
        assertThat(headed.projectedPoints()).isEqualByComparingTo(headed.maxPoints());
        assertThat(headed.status()).isEqualTo(ComponentStatus.COMPLETE);
    }

    @Test
    void everyStatusAgreesWithItsPointsInBothYearsOfThe922Set() {
        for (int year : List.of(2022, 2023)) {
            Catalogue c = new CatalogueLoader().load(RULES.resolve(String.valueOf(year)));
            List<FiledDocument> docs = new ArrayList<>();
            docs.add(notice("1.2/tb-1.pdf", "sha-a", 1));
            docs.add(filed("1.2/chi-thi.pdf", "sha-b", "CHI_THI", "3/CT-UBND", LocalDate.of(year, 4, 1), "CHỈ THỊ chuyển đổi số"));
            AuditReport report = DossierAudit.run(c, new RuleCompiler(RULES).compile(year),
                    new DossierContents("Tỉnh Hậu Giang", year, docs, List.of()), Set.of());
            for (IndicatorResult r : report.indicators()) {
                if (r.status() == ComponentStatus.COMPLETE) {
                    assertThat(r.projectedPoints()).as(r.code()).isEqualByComparingTo(r.maxPoints());
                } else if (r.status() == ComponentStatus.WEAK && r.maxPoints().signum() > 0) {
                    assertThat(r.projectedPoints()).as(r.code()).isLessThan(r.maxPoints());
                } else if (r.status() == ComponentStatus.MISSING) {
                    assertThat(r.projectedPoints()).as(r.code()).isEqualByComparingTo(BigDecimal.ZERO);
                }
            }
        }
    }

    private static AuditReport audit(List<FiledDocument> documents) {
        return DossierAudit.run(catalogue, rules, new DossierContents("Tỉnh Hậu Giang", 2023, documents, List.of()), Set.of());
    }

    private static IndicatorResult result(AuditReport report, String code) {
        return report.indicators().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static FiledDocument notice(String path, String sha, int meeting) {
        return filed(path, sha, "THONG_BAO", (40 + meeting) + "/TB-UBND", LocalDate.of(2023, meeting * 2, 10),
                "THÔNG BÁO kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo chuyển đổi số lần " + meeting
                        + ". Đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì phiên họp về chuyển đổi số.");
    }

    private static FiledDocument filed(String path, String sha, String docType, String number, LocalDate date, String text) {
        DocumentFields fields = new DocumentFields(v(docType), v(number), v("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG"), null,
                v("Vị Thanh"), v(date), false, v(text.substring(0, Math.min(60, text.length()))), v("TM."), v("CHỦ TỊCH"),
                v("Trần Văn A"), List.of(), null, v("Hậu Giang"), List.of());
        ExtractedDocument doc = new ExtractedDocument(sha, "test", RawText.Outcome.OK, null, "application/pdf", 1, false, 1.0,
                null, false, List.of(), fields, text, false);
        return new FiledDocument(path, path.substring(0, path.indexOf('/')), doc);
    }

    private static <T> FieldValue<T> v(T value) {
        return value == null ? null : FieldValue.of(value, 1, 1);
    }
}
