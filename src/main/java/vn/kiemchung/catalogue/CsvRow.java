package vn.kiemchung.catalogue;

import java.util.List;

/** One record of a CSV file, with the physical line it starts on so errors can point at it. */
record CsvRow(int line, List<String> cells) {

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
