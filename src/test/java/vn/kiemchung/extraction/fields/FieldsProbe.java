package vn.kiemchung.extraction.fields;

import java.util.List;
import vn.kiemchung.extraction.Figure;

/** Test-only access to single steps of the field reader, for benchmarks and equivalence checks. */
public final class FieldsProbe {

    private static final FigureExtractor FIGURES = new FigureExtractor();

    private FieldsProbe() {
    }

    /** The figures of a normalised text, as the field reader finds them. */
    public static List<Figure> figures(String normalizedText) {
        return FIGURES.extract(new DocumentLines(normalizedText));
    }

    /** The lines the field reader cuts a normalised text into (how many). */
    public static int lineCount(String normalizedText) {
        return new DocumentLines(normalizedText).all().size();
    }
}
