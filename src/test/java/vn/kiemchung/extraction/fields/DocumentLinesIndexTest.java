package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line's position, found by bisection, is what List.indexOf gave: equal texts on other rows are other lines. */
class DocumentLinesIndexTest {

    @Test
    void everyLineIsFoundWhereItStandsAndNoOtherLineIs() {
        DocumentLines doc = new DocumentLines("UBND TỈNH\n\nKết quả 95,5 %\nKết quả 95,5 %\n  \nhết trang\fKết quả 95,5 %\ntrang hai\n\n\f\fcuối");
        for (int i = 0; i < doc.all().size(); i++) {
            Line line = doc.all().get(i);
            assertThat(doc.indexOf(line)).as(line.toString()).isEqualTo(doc.all().indexOf(line)).isEqualTo(i);
            assertThat(doc.indexOf(new Line(line.page(), line.number(), line.text()))).as("an equal line").isEqualTo(i);
            assertThat(doc.indexOf(new Line(line.page(), line.number(), line.text() + "x"))).as("another text there").isEqualTo(-1);
        }
        assertThat(doc.indexOf(new Line(9, 1, "cuối"))).isEqualTo(-1);
        assertThat(doc.indexOf(new Line(1, 2, "UBND TỈNH"))).as("a blank row: no line").isEqualTo(-1);
        assertThat(new DocumentLines("").indexOf(new Line(1, 1, "x"))).isEqualTo(-1);
    }
}
