package vn.kiemchung.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionsTest {

    private static final Conventions PROJECT = ConventionsLoader.load(Path.of("rules"));

    private static DocumentFact doc(String issuer, String parent, String number, String date) {
        DocumentFact d = new DocumentFact("x/a.pdf", "x", "h", "OK", null, "application/pdf", "BAO_CAO", number,
                issuer, parent, null, null, date == null ? null : LocalDate.parse(date), false, null, null, null, null,
                0, null, false, 1.0, null, 1, List.of(), "");
        d.classify(PROJECT);
        return d;
    }

    private static IndicatorFact component(String method, String... kinds) {
        return new IndicatorFact("4.6", "4", "x", method, "IN_YEAR", List.of(), List.of(kinds), List.of(), "ANY", true);
    }

    @Test
    void readsTheOfficeUnderThePeoplesCommitteeAsActingForIt() {
        DocumentFact notice = doc("VĂN PHÒNG", "UBND TỈNH LÀO CAI", "214/TB-VP", "2025-06-12");
        assertThat(notice.getIssuerKind()).isEqualTo("OFFICE_OF_PEOPLES_COMMITTEE");
        assertThat(PROJECT.acceptsIssuer(component("COUNT", "PROVINCE_PEOPLES_COMMITTEE"), notice)).isTrue();
        assertThat(PROJECT.issuerDescriptionVi(notice)).isEqualTo("Văn phòng UBND tỉnh");
        assertThat(notice.getIssuerLines()).isEqualTo("UBND TỈNH LÀO CAI / VĂN PHÒNG");
        DocumentFact districtOffice = doc("VĂN PHÒNG HĐND VÀ UBND", "UBND HUYỆN PHONG ĐIỀN", "20/TB-VP", "2024-06-12");
        assertThat(districtOffice.getIssuerKind()).isEqualTo("DISTRICT");
    }

    @Test
    void sortsPartyDocumentsAndTheProvincialPartySteeringCommittee() {
        assertThat(doc("TỈNH ỦY NAM ĐỊNH", null, "1407-QĐ/TU", "2025-03-03").getIssuerKind()).isEqualTo("PROVINCE_PARTY");
        assertThat(doc(null, null, "15-TB/TU", "2025-08-03").getIssuerKind()).isEqualTo("PROVINCE_PARTY");
        DocumentFact committee = doc("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
                "TỈNH ỦY CÀ MAU", "12-TB/BCĐ", "2025-09-10");
        assertThat(committee.getIssuerKind()).isEqualTo("STEERING_COMMITTEE");
        assertThat(PROJECT.acceptsIssuer(component("DOCUMENT", "PROVINCE_PARTY"), committee)).isTrue();
    }

    @Test
    void aCommuneIsACommuneFromJuly2025AndASourceOfFigures() {
        DocumentFact before = doc("ỦY BAN NHÂN DÂN XÃ TÂN PHONG", null, "12/BC-UBND", "2025-05-10");
        DocumentFact after = doc("ỦY BAN NHÂN DÂN XÃ TÂN PHONG", null, "112/BC-UBND", "2025-09-10");
        assertThat(before.getIssuerKind()).isEqualTo("DISTRICT");
        assertThat(after.getIssuerKind()).isEqualTo("COMMUNE");
        assertThat(PROJECT.acceptsIssuer(component("RATIO", "DEPARTMENT"), after)).isTrue();
        assertThat(PROJECT.acceptsIssuer(component("DOCUMENT", "PROVINCE_PEOPLES_COMMITTEE"), after)).isFalse();
        assertThat(doc("PHÒNG VĂN HÓA - XÃ HỘI", "UBND XÃ CẦN GIUỘC", "466/PVHXH", "2026-03-10").getIssuerKind())
                .isEqualTo("COMMUNE");
    }

    @Test
    void namesTheBodyInForceAtTheDate() {
        assertThat(PROJECT.bodyAtSubmissionVi("MINISTRY_IN_CHARGE", 2023)).startsWith("Bộ Thông tin và Truyền thông");
        assertThat(PROJECT.bodyAtSubmissionVi("MINISTRY_IN_CHARGE", 2024)).startsWith("Bộ Khoa học và Công nghệ");
        DocumentFact report = doc("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "UBND TỈNH CÀ MAU", "88/BC-SKHCN", "2026-01-20");
        assertThat(report.getIssuerKind()).isEqualTo("DEPARTMENT");
        assertThat(PROJECT.isBody("DT_DEPARTMENT", report)).isTrue();
        assertThat(PROJECT.isBody("DT_DEPARTMENT", doc("SỞ KHOA HỌC VÀ CÔNG NGHỆ", null, "8/BC-SKHCN", "2024-06-20"))).isFalse();
        assertThat(PROJECT.isBody("DT_DEPARTMENT", doc("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", null, "8/BC-STTTT", "2024-06-20"))).isTrue();
    }

    @Test
    void provincesCountForTheirSuccessorFromTheYearOfTheChange() {
        assertThat(PROJECT.countsFor("Thành phố Huế", 2024, "Thừa Thiên Huế")).isTrue();
        assertThat(PROJECT.countsFor("Tỉnh Cà Mau", 2025, "Bạc Liêu")).isTrue();
        assertThat(PROJECT.countsFor("Tỉnh Cà Mau", 2024, "Bạc Liêu")).isFalse();
        assertThat(PROJECT.countsFor("Tỉnh Bạc Liêu", 2025, "Cà Mau")).isFalse();
        assertThat(PROJECT.countsFor("Tỉnh Bạc Liêu", 2023, "BAC LIEU")).isTrue();
        assertThat(PROJECT.provinces().stream().filter(p -> p.successor().isEmpty())).hasSize(34);
    }

    @Test
    void datesWindowsDependOnTheKindOfDocument() {
        assertThat(PROJECT.window("IN_YEAR", "KE_HOACH", 2025).text()).isEqualTo("01/10/2024 – 31/12/2025");
        assertThat(PROJECT.window("IN_YEAR", "KE_HOACH", 2025).nameVi())
                .isEqualTo("kế hoạch cho năm 2025 (ban hành từ quý IV năm 2024)");
        assertThat(Conventions.withYear("Nghị định N và năm N+1", 2025)).isEqualTo("Nghị định 2025 và năm 2026");
        assertThat(Conventions.withYear("Nhà nước, Nước và năm N−1", 2025)).isEqualTo("Nhà nước, Nước và năm 2024");
        assertThat(PROJECT.window("IN_YEAR", "BAO_CAO", 2025).text()).isEqualTo("01/01/2025 – 30/06/2026");
        assertThat(PROJECT.window("IN_YEAR", "QUYET_DINH", 2025).text()).isEqualTo("01/01/2025 – 31/12/2025");
        assertThat(PROJECT.window("IN_FORCE", "QUYET_DINH", 2025).contains(LocalDate.of(2019, 5, 1))).isTrue();
    }

    @Test
    void withoutAConventionsFolderNoIssuerIsJudged() {
        DocumentFact d = new DocumentFact("x/a.pdf", "x", "h", "OK", null, "application/pdf", "BAO_CAO", "1/BC-CAT",
                "CÔNG AN TỈNH", null, null, null, null, false, null, null, null, null, 0, null, false, 1.0, null, 1,
                List.of(), "");
        d.classify(Conventions.NONE);
        assertThat(d.getIssuerKind()).isEqualTo("UNKNOWN");
        assertThat(Conventions.NONE.acceptsIssuer(component("DOCUMENT", "DEPARTMENT"), d)).isTrue();
    }

    @TempDir
    Path rules;

    @Test
    void aMistakeInAConventionsFileNamesTheFileAndLineInBothLanguages() throws IOException {
        for (String name : List.of("issuers.csv", "bodies.csv", "date-windows.csv")) {
            Files.createDirectories(rules.resolve("conventions"));
            Files.copy(Path.of("rules/conventions", name), rules.resolve("conventions/" + name));
        }
        Files.writeString(rules.resolve("conventions/provinces.csv"), String.join("\n",
                "name,successor,change,valid_from,valid_to,verified,source",
                "Cà Mau,,,,,true,x",
                "Bạc Liêu,Cà Mau,MERGED,,30/06/2025,true,x",
                "Sóc Trăng,Cần Thơ,MERGED,,2025-06-30,true,x", ""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RuleCompiler(rules).compile(2025))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("conventions/provinces.csv");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("phải viết YYYY-MM-DD").contains("must be written YYYY-MM-DD");
                }).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("Cần Thơ").contains("has no row of its own");
                }));
    }
    @Test
    void aDepartmentIsSởNotSốAndOldTonePlacementOrNoDiacriticsStillRead() {
        assertThat(doc("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "UBND TỈNH CÀ MAU", "41/BC-SKHCN", "2026-01-14").getIssuerKind()).isEqualTo("DEPARTMENT");
        assertThat(doc("CÔNG TY CỔ PHẦN AN NINH SỐ ĐÔNG DƯƠNG", null, "88/BC-ANS", "2023-12-05").getIssuerKind())
                .as("'số' (digital) is not 'sở' (department)").isEqualTo("OTHER");
        assertThat(doc("SO KHOA HOC VA CONG NGHE", "UBND TINH CA MAU", "41/BC-SKHCN", "2026-01-14").getIssuerKind())
                .as("typed without diacritics").isEqualTo("DEPARTMENT");
        assertThat(doc("UỶ BAN NHÂN DÂN TỈNH THANH HOÁ", null, "12/KH-UBND", "2023-02-01").getIssuerKind())
                .as("old tone placement").isEqualTo("PROVINCE_PEOPLES_COMMITTEE");
        assertThat(Conventions.skeleton("Ủy ban")).isEqualTo(Conventions.skeleton("UỶ BAN")).isEqualTo("uy ban");
        assertThat(Conventions.skeleton("SỞ")).isNotEqualTo(Conventions.skeleton("SỐ"));
    }

    @Test
    void placeholdersInATableAreFilledForTheDocumentsDate() {
        DocumentFact before = doc("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND TỈNH BẠC LIÊU", "530/BC-STTTT", "2024-12-16");
        DocumentFact after = doc("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "UBND TỈNH CÀ MAU", "41/BC-SKHCN", "2026-01-14");
        assertThat(PROJECT.words("Báo cáo của {DT_DEPARTMENT}.", before, 2024, true)).isEqualTo("Báo cáo của Sở Thông tin và Truyền thông (Sở TT&TT).");
        assertThat(PROJECT.words("Báo cáo của {DT_DEPARTMENT}.", after, 2025, true)).isEqualTo("Báo cáo của Sở Khoa học và Công nghệ (Sở KH&CN).");
        assertThat(PROJECT.words("A report of {DT_DEPARTMENT}.", after, 2025, false)).isEqualTo("A report of the Department of Science and Technology.");
        assertThat(PROJECT.words("đủ các cấp ({cấp hành chính})", before, 2024, true)).isEqualTo("đủ các cấp (cấp tỉnh, cấp huyện, cấp xã)");
        assertThat(PROJECT.words("đủ các cấp ({cap hanh chinh})", after, 2025, true)).as("list names match without diacritics")
                .isEqualTo("đủ các cấp (cấp tỉnh, cấp xã)");
        assertThat(PROJECT.phrases("{cấp hành chính}", after, 2025)).isEqualTo("cấp tỉnh;cấp xã");
        assertThat(PROJECT.phrases("{DT_DEPARTMENT}", after, 2025).split(";")).contains("khoa hoc va cong nghe");
        DocumentFact undated = doc("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "UBND TỈNH CÀ MAU", "1/BC-SKHCN", null);
        assertThat(PROJECT.words("{DT_DEPARTMENT}", undated, 2025, true)).as("an undated document: the end of the year")
                .startsWith("Sở Khoa học và Công nghệ");
        assertThat(PROJECT.unknownPlaceholders("{DT_DEPARTMENT} {cấp hành chính} {cơ quan không có}")).containsExactly("cơ quan không có");
    }

    @Test
    void aTableNamingAnUnknownConventionIsRefusedWithTheCell(@TempDir Path rules) throws IOException {
        copyConventions(rules);
        Path table = rules.resolve("components/7/7.6-x/7.6-x.csv");
        Files.createDirectories(table.getParent());
        Files.writeString(table, String.join("\n",
                RuleTable.KIND_LABEL + ",document-check",
                RuleTable.YEARS_LABEL + ",2023",
                String.join(",", TableKind.DOCUMENT_CHECK.columns().stream().map(c -> "\"" + c.heading() + "\"").toList()),
                "7.6 x,7.6,,,{SỞ_KHÔNG_CÓ},,,,WARNING,X_CODE,m,m,f,f,"), StandardCharsets.UTF_8);
        Files.createDirectories(rules.resolve("2023"));
        Files.copy(Path.of("rules/2023/catalogue.csv"), rules.resolve("2023/catalogue.csv"));
        Files.copy(Path.of("rules/2023/main-indicators.csv"), rules.resolve("2023/main-indicators.csv"));
        assertThatThrownBy(() -> new RuleCompiler(rules).compile(2023))
                .hasMessageContaining("7.6-x.csv").hasMessageContaining("{SỞ_KHÔNG_CÓ}").hasMessageContaining("lists.csv");
    }

    private static void copyConventions(Path rules) throws IOException {
        Files.createDirectories(rules.resolve("conventions"));
        try (var files = Files.list(Path.of("rules/conventions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve("conventions").resolve(f.getFileName().toString()));
            }
        }
    }
}
