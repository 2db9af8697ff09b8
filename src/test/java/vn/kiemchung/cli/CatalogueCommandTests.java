package vn.kiemchung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiemchung.catalogue.CatalogueLoader;

class CatalogueCommandTests {

    @TempDir
    Path rules;

    @Test
    void importsTheOfficialTableIntoTheYearFolderAndRefusesToOverwriteWithoutForce() throws Exception {
        Path table = rules.resolve("bang-chi-so.csv");
        Files.writeString(table, String.join("\n",
                "STT,Chỉ số/Chỉ số thành phần,Điểm tối đa,Cách xác định và tính điểm,Tài liệu kiểm chứng,Nguồn thu thập dữ liệu,Đơn vị phối hợp xác minh số liệu",
                "1,Nhận thức số,100,,,,",
                "1.1,Người đứng đầu là Trưởng ban chỉ đạo,60,Có quyết định: tối đa,Quyết định thành lập Ban chỉ đạo,Văn phòng UBND tỉnh,Sở TT&TT",
                "1.2,Tỷ lệ cán bộ được tập huấn,40,Tỷ lệ a/b x điểm tối đa,Báo cáo kết quả,Sở Nội vụ,Sở TT&TT",
                ""), StandardCharsets.UTF_8);
        String[] args = {"catalogue", "import", table.toString(), "--year", "2030", "--rules", rules.toString()};
        Result r = run(args);
        assertThat(r.exit).as(r.out + r.err).isZero();
        var catalogue = new CatalogueLoader().load(rules.resolve("2030"));
        assertThat(catalogue.indicators()).extracting(i -> i.code()).containsExactly("1.1", "1.2");
        assertThat(run(args).exit).isEqualTo(2);
        assertThat(run("catalogue", "check", "2030", "--rules", rules.toString()).out).contains("2030:");
    }

    @Test
    void checksTheShippedCataloguesWithoutErrors() {
        Result r = run("catalogue", "check", "--rules", "rules");
        assertThat(r.exit).as(r.out).isZero();
        assertThat(r.out).contains("2022:").contains("2023:").contains("tối đa / max 1000");
    }

    @Test
    void aYearThatIsNotAYearIsAUsageErrorNotAnUnexpectedOne() {
        Result check = run("catalogue", "check", "abc", "--rules", "rules");
        assertThat(check.exit).isEqualTo(2);
        assertThat(check.err).contains("năm phải có 4 chữ số: abc").contains("the year must have four digits: abc")
                .doesNotContain("unexpected");
        Result badYear = run("catalogue", "import", "rules/2023/catalogue.csv", "--year", "hai-nghìn", "--rules", "rules");
        assertThat(badYear.exit).isEqualTo(2);
        assertThat(badYear.err).contains("the year must have four digits: hai-nghìn").doesNotContain("unexpected");
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KiemchungCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
