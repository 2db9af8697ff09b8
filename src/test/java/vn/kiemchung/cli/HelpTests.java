package vn.kiemchung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The help the command line prints, pinned byte for byte: its words come from the message bundles. */
class HelpTests {

    private static final String HELP = """
            kiemchung — kiểm tra tài liệu kiểm chứng DTI trước khi nộp / check DTI evidence before submission

              audit <thư-mục-hoặc-zip> [--format text|json|html|xlsx|pdf] [--out FILE] [--lang vi|en] [--rules DIR] [--no-cache]
              extract FILE... [--format text|json]
              rules check [NĂM/YEAR] [--rules DIR]     biên dịch luật, báo tệp và dòng lỗi / compile the rules
              rules test [NĂM/YEAR] [--rules DIR]      chạy các ca kiểm thử và báo độ phủ / run the rule cases, report coverage
              catalogue check [NĂM/YEAR]               kiểm tra bộ chỉ số / check the indicator sets
              catalogue import TỆP --year NĂM [--force] nạp bảng chính thức (XLSX/CSV) / import the official table
              bench [--files 300]                      đo tốc độ / speed benchmark
              (no command, or "serve": start the web application)

            """;

    @Test
    void helpPrintsEveryCommandWithItsPurposeInVietnameseAndEnglish() {
        for (String asked : new String[] {"help", "--help", "-h"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = KiemchungCli.run(new String[] {asked}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HELP.replace("\n", System.lineSeparator()));
        }
    }
}
