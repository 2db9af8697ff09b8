package vn.kiemchung.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.kiemchung.cli.KiemchungCli;

/**
 * Runs the real audit of the committed sample dossier, through the same entry point as the
 * command line, and compares it with the report pinned in sample-evidence/expected/report.yaml:
 * per component the status, the projected points and the set of finding codes; the total; the
 * full/partial/zero counts. A change to the rules, the scoring, the extraction or the sample
 * shows up here as a line-by-line diff.
 *
 * <p>The sample has scans that are read with tesseract (vie); the pinned report assumes it is
 * installed, as in the project's build image.
 */
class SampleDossierReportTest {

    private static final Path DOSSIER = Path.of("sample-evidence/bac-lieu-2023");
    private static final Path EXPECTED = Path.of("sample-evidence/expected");

    private static JsonNode report;
    private static int exitCode;
    private static Map<String, Object> pinned;

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
        pinned = yaml(EXPECTED.resolve("report.yaml"));
    }

    @Test
    void theAuditMatchesThePinnedReport() {
        Map<String, String> expected = pinnedLines();
        Map<String, String> actual = actualLines();
        List<String> diff = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            String e = expected.get(key);
            String a = actual.get(key);
            if (e == null || !e.equals(a)) {
                diff.add("  " + key);
                diff.add("    - pinned: " + (e == null ? "(none)" : e));
                diff.add("    + audit:  " + (a == null ? "(none)" : a));
            }
        }
        if (!diff.isEmpty()) {
            fail("The audit of " + DOSSIER + " differs from " + EXPECTED.resolve("report.yaml") + " in "
                    + diff.size() / 3 + " place(s):\n" + String.join("\n", diff)
                    + "\nIf the change is intended, update report.yaml (and sample-evidence/README.md).");
        }
        // an ERROR finding anywhere makes the command exit 1; the sample has planted ones
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void theMainIndicatorRowsAddUpToTheSummaryCounts() {
        int full = 0;
        int partial = 0;
        int zero = 0;
        for (JsonNode main : report.get("mainIndicators")) {
            full += main.get("full").asInt();
            partial += main.get("partial").asInt();
            zero += main.get("zero").asInt();
        }
        JsonNode summary = report.get("summary");
        assertThat(List.of(full, partial, zero)).as("full, partial, zero over the main indicators")
                .isEqualTo(List.of(summary.get("full").asInt(), summary.get("partial").asInt(), summary.get("zero").asInt()));
    }

    @Test
    void everyPlantedDefectIsRaisedOnItsComponent() throws IOException {
        Map<String, List<String>> planted = plantedByComponent();
        Map<String, Set<String>> raised = raisedByComponent(null);
        List<String> missed = new ArrayList<>();
        planted.forEach((code, findings) -> findings.stream()
                .filter(f -> !raised.getOrDefault(code, Set.of()).contains(f))
                .forEach(f -> missed.add(code + ": " + f + " (raised there: " + raised.getOrDefault(code, Set.of()) + ")")));
        assertThat(missed).as("planted finding codes the audit did not raise on their component").isEmpty();
    }

    @Test
    void noErrorOnAComponentExpectedToBeClean() throws IOException {
        Map<String, List<String>> planted = plantedByComponent();
        List<String> unexpected = new ArrayList<>();
        raisedByComponent("ERROR").forEach((code, errors) -> errors.stream()
                .filter(f -> !planted.getOrDefault(code, List.of()).contains(f))
                .forEach(f -> unexpected.add(code + ": " + f + " (planted: " + planted.getOrDefault(code, List.of()) + ")")));
        assertThat(unexpected).as("ERROR findings not planted on their component (expected/dossier.yaml)").isEmpty();
    }

    /** "projectedScore", "summary" and one entry per component, each as one comparable line. */
    private static Map<String, String> pinnedLines() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("projectedScore", String.valueOf(pinned.get("projectedScore")));
        lines.put("summary", summaryLine(map(pinned.get("summary"))));
        map(pinned.get("components")).forEach((code, value) -> {
            Map<String, Object> c = map(value);
            @SuppressWarnings("unchecked")
            List<Object> findings = c.get("findings") == null ? List.of() : (List<Object>) c.get("findings");
            lines.put(code, componentLine(String.valueOf(c.get("status")), String.valueOf(c.get("points")),
                    findings.stream().map(String::valueOf).toList()));
        });
        return lines;
    }

    private static Map<String, String> actualLines() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("projectedScore", twoDecimals(report.get("projectedScore")));
        JsonNode s = report.get("summary");
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String k : List.of("components", "full", "partial", "zero", "notRequired")) {
            summary.put(k, s.get(k).asInt());
        }
        lines.put("summary", summaryLine(summary));
        for (JsonNode i : report.get("indicators")) {
            List<String> codes = new ArrayList<>();
            i.get("findings").forEach(f -> codes.add(f.get("code").asText()));
            lines.put(i.get("code").asText(),
                    componentLine(i.get("status").asText(), twoDecimals(i.get("projectedPoints")), codes));
        }
        return lines;
    }

    private static String summaryLine(Map<String, Object> s) {
        return "components=" + s.get("components") + " full=" + s.get("full") + " partial=" + s.get("partial")
                + " zero=" + s.get("zero") + " notRequired=" + s.get("notRequired");
    }

    private static String componentLine(String status, String points, List<String> findings) {
        return status + " " + points + " " + new TreeSet<>(findings);
    }

    private static String twoDecimals(JsonNode number) {
        return number.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Finding codes the audit raised per component, optionally of one severity only. */
    private static Map<String, Set<String>> raisedByComponent(String severity) {
        Map<String, Set<String>> raised = new LinkedHashMap<>();
        for (JsonNode i : report.get("indicators")) {
            Set<String> codes = new TreeSet<>();
            i.get("findings").forEach(f -> {
                if (severity == null || severity.equals(f.get("severity").asText())) {
                    codes.add(f.get("code").asText());
                }
            });
            raised.put(i.get("code").asText(), codes);
        }
        return raised;
    }

    private static Map<String, List<String>> plantedByComponent() throws IOException {
        Map<String, List<String>> planted = new LinkedHashMap<>();
        map(yaml(EXPECTED.resolve("dossier.yaml")).get("components")).forEach((code, codes) -> {
            @SuppressWarnings("unchecked")
            List<Object> list = codes == null ? List.of() : (List<Object>) codes;
            planted.put(code, list.stream().map(String::valueOf).toList());
        });
        assertThat(planted).as("expected/dossier.yaml lists components").isNotEmpty();
        return planted;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
