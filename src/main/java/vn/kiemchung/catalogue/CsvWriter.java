package vn.kiemchung.catalogue;

import java.util.List;

/** Writes CSV the way Excel reads it back: a byte-order mark, and quotes only where a cell needs them. */
final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        out.append('\n');
        return this;
    }

    private static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
