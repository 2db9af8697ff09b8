package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's own printer writes exactly what Jackson's default pretty printer writes, only faster. */
class ReportJsonTest {

    /** Jackson's default layout, as the report was written before the printer of issue 17. */
    static final ObjectMapper DEFAULT_LAYOUT = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Small reports are written in one pass, large ones with their documents on all cores: the same bytes either way. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 40, ReportJson.PARALLEL_FROM, 257})
    void aReportWithDocumentsAndFiguresIsByteForByteTheDefaultLayout(int documents) throws Exception {
        AuditReport report = report(documents, 12);
        byte[] ours = ReportJson.bytes(report);
        assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(DEFAULT_LAYOUT.writeValueAsString(report));
        assertThat(ReportJson.write(report)).isEqualTo(new String(ours, StandardCharsets.UTF_8));
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
        // the parallel writing finds where the documents go (else it would quietly write in one pass)
        assertThat(ReportJson.documentsField(ReportJson.bytes(report(0, 0)))).isPositive();
    }

    @Test
    void emptyListsEmptyObjectsNullsEscapesAndDeepNestingLookTheSame() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("empty list", List.of());
        tree.put("empty object", Map.of());
        tree.put("nothing", null);
        tree.put("quoted", "Số: \"12\"/QĐ-UBND\tÐiện Biên\n\u0001");
        tree.put("numbers", List.of(1, 2.5, new BigDecimal("10.00")));
        Object deep = "đáy";
        for (int level = 0; level < 40; level++) {
            Map<String, Object> wrap = new LinkedHashMap<>();
            wrap.put("level " + level, level % 2 == 0 ? List.of(deep, Map.of()) : deep);
            deep = wrap;
        }
        tree.put("deep", deep);
        assertThat(ReportJson.write(tree)).isEqualTo(DEFAULT_LAYOUT.writeValueAsString(tree));
    }

    /** A report of {@code documents} files with {@code figures} figures each, as a large dossier's report is. */
    static AuditReport report(int documents, int figures) {
        List<DocumentEntry> entries = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            List<DocumentEntry.FigureEntry> found = new ArrayList<>();
            for (int f = 0; f < figures; f++) {
                found.add(new DocumentEntry.FigureEntry(f + "." + d, f % 2 == 0, f % 2 == 0 ? "%" : null,
                        "tỷ lệ hồ sơ xử lý trực tuyến đạt " + f + "," + d + "%", 1 + f / 10, 7 + f));
            }
            entries.add(new DocumentEntry("1." + (d % 9 + 1) + "/Kế hoạch " + d + " chuyển đổi số.pdf", "ab" + d,
                    "application/pdf", "KE_HOACH", d + "/KH-UBND", "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "2025-03-0" + (d % 9 + 1),
                    true, "OK", null, "1." + (d % 9 + 1), null, "Điện Biên", "Triển khai chuyển đổi số năm 2025", "TM.",
                    "CHỦ TỊCH", "Nguyễn Văn An", List.of("Bộ Khoa học và Công nghệ", "Lưu: VT"), null, "Điện Biên", 20, false,
                    0.987, null, false, 1, List.of(new DocumentEntry.Signature("Nguyễn Văn An", "2025-03-02T08:00:00Z", true)),
                    false, found));
        }
        ReportFinding missing = new ReportFinding("ERROR", "EVIDENCE_MISSING", "EVIDENCE_MISSING rule", null,
                "Chưa có tài liệu", "No evidence", null, "Tải lên", "Upload", "1.2", new BigDecimal("10.00"));
        IndicatorResult i1 = new IndicatorResult("1.1", ComponentStatus.COMPLETE, new BigDecimal("10.00"), new BigDecimal("10.00"),
                List.of(), "1", "Trưởng ban chỉ đạo", "DOCUMENT", false, 1);
        IndicatorResult i2 = new IndicatorResult("1.2", ComponentStatus.MISSING, new BigDecimal("0.00"), new BigDecimal("10.00"),
                List.of(missing), "1", "Cuộc họp", "COUNT", false, 0);
        return new AuditReport("Tỉnh Điện Biên", 2025, "2025@abc", new BigDecimal("812.50"), new BigDecimal("1000"),
                List.of(i1, i2), entries, new AuditReport.Summary(2, 1, 0, 1, 0, 1, 0, 0, BigDecimal.ZERO),
                List.of(new MainIndicatorResult("1", "Nhận thức số", new BigDecimal("10.00"), new BigDecimal("100"), 2, 1, 0, 1)),
                List.of(new Subtotal("GROUP", "Nhóm chỉ số nền tảng chung", new BigDecimal("10.00"), new BigDecimal("100"))),
                List.of(missing), "test", "2026-12-05T00:00:00Z");
    }
}
