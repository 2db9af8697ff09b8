package vn.kiemchung.catalogue;

import java.util.List;

/** One record of a CSV file, with the physical line it starts on so errors can point at it. */
public record CsvRow(int line, List<String> cells) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
