package vn.kiemchung.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV that Excel writes ("CSV UTF-8"): optional byte-order mark, comma separated,
 * quoted fields that may hold commas, doubled quotes and line breaks.
 * Kept in-house: the catalogue and a dossier's self-assessment.csv are the only CSV we read, and a
 * library would be one more dependency for forty lines.
 */
public final class CsvReader {

    /** A quote that never closes; the line is where the broken record starts. */
    public static final class UnterminatedQuoteException extends RuntimeException {
        final int line;

        UnterminatedQuoteException(int line) {
            super("unterminated quote in the record starting at line " + line);
            this.line = line;
        }
    }

    private CsvReader() {
    }

    public static List<CsvRow> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    rowHasContent = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    rowHasContent = true;
                }
                case '\r' -> {
                    // a CR is dropped; the LF that follows (or the end) closes the row
                }
                case '\n' -> {
                    if (rowHasContent || cell.length() > 0) {
                        cells.add(cell.toString());
                        rows.add(new CsvRow(rowStart, List.copyOf(cells)));
                    }
                    cells.clear();
                    cell.setLength(0);
                    rowHasContent = false;
                    line++;
                    rowStart = line;
                }
                default -> {
                    cell.append(c);
                    rowHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new UnterminatedQuoteException(rowStart);
        }
        if (rowHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new CsvRow(rowStart, List.copyOf(cells)));
        }
        return rows;
    }
}
