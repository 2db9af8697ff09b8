package vn.kiemchung.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksAfterABom() {
        List<CsvRow> rows = CsvReader.parse("\uFEFFa,b\r\n\"x, y\",\"nói \"\"có\"\"\"\r\n\"hai\ndòng\",z\r\n");

        assertThat(rows).containsExactly(
                new CsvRow(1, List.of("a", "b")),
                new CsvRow(2, List.of("x, y", "nói \"có\"")),
                new CsvRow(3, List.of("hai\ndòng", "z")));
    }

    @Test
    void keepsEmptyCellsAndSkipsBlankLinesWithoutAFinalNewline() {
        List<CsvRow> rows = CsvReader.parse("a,,c\n\n,\nlast");

        assertThat(rows).containsExactly(
                new CsvRow(1, List.of("a", "", "c")),
                new CsvRow(3, List.of("", "")),
                new CsvRow(4, List.of("last")));
    }

    @Test
    void unterminatedQuoteNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n1,\"open\n\n"))
                .isInstanceOfSatisfying(CsvReader.UnterminatedQuoteException.class, e -> assertThat(e.line).isEqualTo(2));
    }

    @Test
    void writerOutputReadsBackUnchanged() {
        List<String> cells = List.of("plain", "có, dấu phẩy", "\"quoted\"", "two\nlines", " padded ", "");

        List<CsvRow> rows = CsvReader.parse(new CsvWriter().row(cells).row(List.of("x")).toString());

        assertThat(rows.get(0).cells()).isEqualTo(cells);
        assertThat(rows.get(1)).isEqualTo(new CsvRow(3, List.of("x")));
    }
}
