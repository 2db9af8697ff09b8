package vn.kiemchung.catalogue;

import vn.kiemchung.platform.Bilingual;

/**
 * Something wrong or incomplete in a catalogue, for the experts who maintain it.
 *
 * @param where     a file and line, a sheet and row, or an indicator code: whatever lets a person find it
 * @param messageVi the reason in Vietnamese
 * @param messageEn the same in English
 */
public record CatalogueProblem(Severity severity, String where, String messageVi, String messageEn) {

    public enum Severity { ERROR, WARNING }

    /** @param words the reason, from a {@code catalogue.*} message */
    static CatalogueProblem error(String where, Bilingual words) {
        return new CatalogueProblem(Severity.ERROR, where, words.vi(), words.en());
    }

    static CatalogueProblem warning(String where, Bilingual words) {
        return new CatalogueProblem(Severity.WARNING, where, words.vi(), words.en());
    }

    /** "where: vi / en", the form shown in logs and on the command line. */
    public String message() {
        return where + ": " + messageVi + " / " + messageEn;
    }
}
