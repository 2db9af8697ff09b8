package vn.kiemchung.extraction.fields;

/** One non-blank line of a document; page and number are 1-based, number counts within the page. */
record Line(int page, int number, String text) {
}
