package vn.kiemchung.rules;

/**
 * A compile error or warning with its place: {@code file} relative to the rules folder, {@code line}
 * in a DRL file, or {@code cell} (e.g. "B12") in a decision table.
 */
public record RuleProblem(String file, int line, String cell, String message, boolean error) {
    @Override
    public String toString() {
        String where = cell != null ? file + " ô/cell " + cell : line > 0 ? file + ":" + line : file;
        return where + ": " + message;
    }
}
