package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.kiemchung.cli.KiemchungCli;
import vn.kiemchung.rules.Conventions;
import vn.kiemchung.rules.RuleCompiler;

/**
 * Audits the committed 2025 sample dossier of Tỉnh Cà Mau (documents dated across the July 2025
 * reorganisation) through the command line and compares it with the report pinned in
 * sample-evidence/expected-ca-mau-2025/report.yaml, as SampleDossierReportTest does for 2023; and checks
 * that what was read from each file (both header lines included) is what the generator printed. The
 * sample has no scans, so no OCR is involved.
 */
class SampleDossier2025ReportTest {

    private static final Path DOSSIER = Path.of("sample-evidence/ca-mau-2025");
    private static final Path EXPECTED = Path.of("sample-evidence/expected-ca-mau-2025");

    private static JsonNode report;
    private static int exitCode;

    @BeforeAll
    static void audit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = KiemchungCli.run(new String[] {"audit", DOSSIER.toString(), "--format", "json", "--no-cache"}, o, e);
        }
        assertThat(exitCode).as("exit code (stderr: %s)", err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        report = new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void theAuditMatchesThePinnedReport() throws IOException {
        Map<String, Object> pinned = yaml(EXPECTED.resolve("report.yaml"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("projectedScore", String.valueOf(pinned.get("projectedScore")));
        expected.put("unverifiedComponents", String.valueOf(pinned.get("unverifiedComponents")));
        Map<String, Object> s = map(pinned.get("summary"));
        expected.put("summary", List.of(s.get("components"), s.get("full"), s.get("partial"), s.get("zero"),
                s.get("notRequired")).toString());
        map(pinned.get("components")).forEach((code, value) -> {
            Map<String, Object> c = map(value);
            @SuppressWarnings("unchecked")
            List<Object> findings = (List<Object>) c.get("findings");
            expected.put(code, c.get("status") + " " + c.get("points") + " "
                    + new TreeSet<>(findings.stream().map(String::valueOf).toList()));
        });
        Map<String, String> actual = new LinkedHashMap<>();
        actual.put("projectedScore", twoDecimals(report.get("projectedScore")));
        actual.put("unverifiedComponents", report.get("unverifiedComponents").asText());
        JsonNode sum = report.get("summary");
        actual.put("summary", List.of(sum.get("components").asInt(), sum.get("full").asInt(), sum.get("partial").asInt(),
                sum.get("zero").asInt(), sum.get("notRequired").asInt()).toString());
        for (JsonNode i : report.get("indicators")) {
            List<String> codes = new ArrayList<>();
            i.get("findings").forEach(f -> codes.add(f.get("code").asText()));
            actual.put(i.get("code").asText(), i.get("status").asText() + " " + twoDecimals(i.get("projectedPoints")) + " "
                    + new TreeSet<>(codes));
        }
        assertThat(actual).as("the audit of %s against %s", DOSSIER, EXPECTED.resolve("report.yaml"))
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(exitCode).as("EVIDENCE_MISSING and UNKNOWN_INDICATOR are ERRORs").isEqualTo(1);
    }

    @Test
    void everyFileReadsAsTheGeneratorPrintedItWithBothHeaderLines() throws IOException {
        Map<String, JsonNode> read = new LinkedHashMap<>();
        report.get("documents").forEach(d -> read.put(d.get("path").asText(), d));
        List<Path> expectations;
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            expectations = files.filter(p -> p.toString().endsWith(".pdf.yaml")).sorted().toList();
        }
        assertThat(expectations).hasSize(7);
        for (Path file : expectations) {
            String path = EXPECTED.relativize(file).toString().replace('\\', '/').replaceFirst("\\.yaml$", "");
            Map<String, Object> e = yaml(file);
            JsonNode d = read.get(path);
            assertThat(d).as(path).isNotNull();
            for (String field : List.of("docType", "number", "issuer", "parentIssuer", "issuedOn", "province", "subject",
                    "signerAuthority", "signerPosition", "signerName")) {
                Object want = e.get(field);
                JsonNode got = d.get(field);
                assertThat(got == null || got.isNull() ? null : got.asText()).as(path + " " + field)
                        .isEqualTo(want == null ? null : String.valueOf(want));
            }
        }
    }

    @Test
    void theConventionsSortTheReorganisedIssuersAsAssessorsDo() {
        Conventions conventions = new RuleCompiler(Path.of("rules")).compile(2025).conventions();
        Map<String, String> kinds = new LinkedHashMap<>();
        report.get("documents").forEach(d -> kinds.put(d.get("indicator").asText(), conventions.issuerKind(
                d.get("issuer").asText(), d.get("parentIssuer").isNull() ? null : d.get("parentIssuer").asText(),
                d.get("number").asText(), LocalDate.parse(d.get("issuedOn").asText()))));
        assertThat(kinds).containsEntry("1.1", "PROVINCE_PARTY").containsEntry("1.2", "OFFICE_OF_PEOPLES_COMMITTEE")
                .containsEntry("3.1", "DEPARTMENT").containsEntry("3.3", "PROVINCE_PEOPLES_COMMITTEE")
                .containsEntry("4.4", "COMMUNE").containsEntry("5.3", "POLICE");
    }

    @Test
    void theEvidenceListReadsAsTheMinistrysFormCitesIt() {
        List<String> lines = new ArrayList<>();
        report.get("documents").forEach(d -> {
            if (d.get("indicator").asText().equals("1.2")) {
                lines.add(Citations.line(new DocumentEntry(d.get("path").asText(), null, null, null,
                        d.get("number").asText(), null, d.get("issuedOn").asText(), null, null, null, "1.2", null, null,
                        d.get("subject").asText(), null, null, null, List.of(), null, null, null, null, null, null, null,
                        null, List.of(), null, List.of())));
            }
        });
        assertThat(lines).containsExactly(
                "215/TB-VP – 22/09/2025: Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số quý III năm 2025");
    }

    private static String twoDecimals(JsonNode number) {
        return number.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
