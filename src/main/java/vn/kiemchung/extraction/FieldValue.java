package vn.kiemchung.extraction;

/**
 * One extracted value and where it was read: page and line are 1-based; 0 means unknown.
 */
public record FieldValue<T>(T value, int page, int line) {
    public static <T> FieldValue<T> of(T value, int page, int line) {
        return value == null ? null : new FieldValue<>(value, page, line);
    }
}
