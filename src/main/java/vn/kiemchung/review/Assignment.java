package vn.kiemchung.review;

/** The department that supplies a component indicator in an assessment year. */
public record Assignment(int year, String indicatorCode, String department) {
}
