package vn.kiemchung.catalogue;

import java.util.List;
import java.util.Set;

/**
 * One row of the ministry's table, whatever file it came from.
 *
 * @param number      the row number a person sees: Excel's 1-based row, or the CSV line
 * @param cells       text of each column, a merged cell's value repeated over the whole merged area
 * @param own         text of each column as stored in that very cell (empty inside a merged area)
 * @param boldColumns columns whose cell is bold, which is how the ministry marks main indicators
 */
record TableRow(String sheet, int number, List<String> cells, List<String> own, Set<Integer> boldColumns) {

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    String ownCell(int column) {
        return column >= 0 && column < own.size() ? own.get(column).strip() : "";
    }

    String where() {
        return "'" + sheet + "' dòng/row " + number;
    }
}
