package vn.kiemchung.samples;

import java.util.List;

/**
 * A statistics report as offices send it in Excel: a Decree 30 header in the first rows, a
 * table, a summary sentence and the signature block.
 *
 * @param rows table rows; a cell is a String or a Number
 */
record StatisticsReport(List<String> issuerLines, String numberLine, String placeDate, String typeName,
                        List<String> subject, List<String> columns, List<List<Object>> rows, List<String> notes,
                        List<String> signature) {
}
