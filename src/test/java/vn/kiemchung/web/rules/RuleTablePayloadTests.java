package vn.kiemchung.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient.Multipart;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;
import vn.kiemchung.rules.TableKind;
import vn.kiemchung.trail.AuditEvent;
import vn.kiemchung.trail.AuditTrail;

/**
 * What a rule author uploads cannot run code on the server: the payloads that used to run (a
 * ProcessBuilder in an action cell, eval in a condition, a Functions row, System.exit), in the old
 * Drools layout and hidden in the cells of the values-only layout, in CSV and in XLSX, are each
 * refused with 422 naming the cell, leave no marker file, and the server keeps answering.
 */
class RuleTablePayloadTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    private static final Path MARKER_DIR = Path.of(System.getProperty("java.io.tmpdir"), "kiemchung-payload-markers");

    @BeforeEach
    void accounts() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        Files.createDirectories(MARKER_DIR);
    }

    private static String marker(String name) {
        return MARKER_DIR.resolve(name).toString();
    }

    /** A Drools decision table as rule authors could upload one before: its header is code. */
    private static List<List<String>> droolsTable(String condition, String action, List<String> extraRow) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "rules.kiemchung"));
        rows.add(List.of("Import", "vn.kiemchung.rules.DocumentFact"));
        if (extraRow != null) {
            rows.add(extraRow);
        }
        rows.add(List.of());
        rows.add(List.of("RuleTable payload"));
        rows.add(List.of("NAME", "CONDITION", "ACTION"));
        rows.add(List.of("", "$d : DocumentFact", ""));
        rows.add(List.of("", condition, action));
        rows.add(List.of("name", "condition", "action"));
        rows.add(List.of("1.1 payload", "1", "1"));
        return rows;
    }

    /** The values-only layout with one rule row, one of whose cells is replaced. */
    private static List<List<String>> valuesTable(int column, String value, List<String> extraRow) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Loại bảng / table kind", "document-check"));
        rows.add(List.of("Năm áp dụng / years", "2023"));
        rows.add(TableKind.DOCUMENT_CHECK.columns().stream().map(TableKind.Column::heading).toList());
        List<String> row = new ArrayList<>(List.of("1.1 payload rule", "1.1", "KE_HOACH", "", "", "", "chỉ tiêu", "", "WARNING",
                "NO_TARGETS", "thông báo", "message", "cách sửa", "fix", ""));
        if (column >= 0) {
            row.set(column, value);
        }
        rows.add(row);
        if (extraRow != null) {
            rows.add(extraRow);
        }
        return rows;
    }

    private record Payload(String name, List<List<String>> rows, String cell, String marker) {
    }

    private static List<Payload> payloads() {
        String pb = marker("process-builder");
        String ev = marker("eval");
        String fn = marker("functions");
        String vpb = marker("values-process-builder");
        String vev = marker("values-eval");
        String vfn = marker("values-functions");
        return List.of(
                new Payload("ProcessBuilder in an action cell", droolsTable("eval(true)",
                        "new ProcessBuilder(\"/bin/sh\",\"-c\",\"touch " + pb + "\").start();", null), "A1", pb),
                new Payload("eval in a condition", droolsTable("eval(new java.io.File(\"" + ev + "\").mkdir()||true)", "", null),
                        "A1", ev),
                new Payload("a Functions row", droolsTable("eval(x())", "", List.of("Functions",
                        "function boolean x() { new java.io.File(\"" + fn + "\").mkdir(); return true; }")), "A1", fn),
                new Payload("System.exit in an action cell", droolsTable("eval(true)", "System.exit(3);", null), "A1", null),
                new Payload("ProcessBuilder in the severity cell of the values layout", valuesTable(8,
                        "WARNING\", \"X\", $d, \"a\", \"b\")); new ProcessBuilder(\"/bin/sh\",\"-c\",\"touch " + vpb + "\").start(); //",
                        null), "I4", vpb),
                new Payload("eval in a keyword cell of the values layout", valuesTable(6,
                        "eval(new java.io.File('" + vev + "').mkdir()||true)", null), "G4", vev),
                new Payload("a Functions row under the values layout", valuesTable(-1, null, List.of("Functions",
                        "function boolean x() { new java.io.File('" + vfn + "').mkdir(); return true; }")), "B5", vfn),
                new Payload("System.exit in the code cell of the values layout", valuesTable(9, "System.exit(3)", null), "J4", null));
    }

    @TestFactory
    Stream<DynamicTest> everyPayloadIsRefusedNamingItsCellAndLeavesNoTrace() {
        return payloads().stream().flatMap(p -> Stream.of(
                DynamicTest.dynamicTest(p.name() + " (CSV)", () -> refused(p, "payload.csv", csv(p.rows()), p.cell())),
                DynamicTest.dynamicTest(p.name() + " (XLSX)", () -> refused(p, "payload.xlsx", xlsx(p.rows()), "Payload!" + p.cell()))));
    }

    private void refused(Payload p, String fileName, byte[] table, String cell) throws Exception {
        String before = rulesVersion();
        TestClient.Answer response = publish("tac-gia-luat", "1/1.1-payload", fileName, table);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(fileName).contains("cell " + cell).contains("\"published\":false");
        if (p.marker() != null) {
            assertThat(Path.of(p.marker())).as("the payload ran").doesNotExist();
        }
        assertThat(Path.of("rules/components/1/1.1-payload")).as("nothing of the table was written").doesNotExist();
        assertThat(rulesVersion()).as("the server still answers and its rules are unchanged").isEqualTo(before);
        assertThat(trail.events(null)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("RULES_REFUSED");
            assertThat(e.actor()).isEqualTo("tac-gia-luat");
            assertThat(e.detail()).contains(fileName);
        });
    }

    @Test
    void aPublicationIsInTheAuditTrailWithWhoMadeItAndTheVersions() throws Exception {
        // The committed table, published again unchanged: it goes through staging, the cases of every
        // year it applies to, and the reload, and leaves the repository's file as it was.
        Path committed = Path.of("rules/components/1/1.1-steering-committee-head/1.1-steering-committee-head.csv");
        byte[] same = Files.readAllBytes(committed);
        TestClient.Answer response = publish("tac-gia-luat", "1/1.1-steering-committee-head", "1.1-steering-committee-head.csv", same);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(Files.readAllBytes(committed)).isEqualTo(same);
        List<AuditEvent> published = trail.events(null).stream().filter(e -> e.action().equals("RULES_PUBLISHED")).toList();
        assertThat(published).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("tac-gia-luat");
            assertThat(e.indicatorCode()).isEqualTo("1.1");
            assertThat(e.after()).startsWith("2023@");
            assertThat(e.detail()).contains("1.1-steering-committee-head.csv").contains("[2022, 2023]");
        });
        TestClient.Answer reload = admin().send("POST", "/api/v1/rules/reload?year=2023", null, null, Map.of());
        assertThat(reload.status()).as(reload.body()).isIn(200, 403);
        if (reload.status() == 200) {
            assertThat(trail.events(null)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("RULES_RELOADED");
                assertThat(e.actor()).isEqualTo("admin");
            });
        }
    }

    private String rulesVersion() throws Exception {
        TestClient.Answer live = admin().get("/api/v1/rules");
        assertThat(live.status()).isEqualTo(200);
        return live.body();
    }

    private TestClient.Answer publish(String user, String folder, String fileName, byte[] table) throws Exception {
        Multipart body = new Multipart().field("folder", folder).file("file", fileName, table);
        return new TestClient(port, user, Province.PASSWORD).post("/api/v1/rules/2023/tables", body, Map.of());
    }

    private TestClient admin() {
        return new TestClient(port, "admin", ADMIN_PASSWORD);
    }

    static byte[] csv(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Payload");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
