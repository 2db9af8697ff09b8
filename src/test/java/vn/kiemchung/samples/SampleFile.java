package vn.kiemchung.samples;

/**
 * One file of the sample dossier and what a reader should get from it.
 *
 * @param path  relative to the dossier root, with '/' separators, e.g. "1.1/Quyết định 412 ....pdf"
 * @param bytes the file content
 */
record SampleFile(String path, byte[] bytes, ExpectedFields expected) {

    String component() {
        return path.substring(0, path.indexOf('/'));
    }

    SampleFile withDefect(String code) {
        return new SampleFile(path, bytes, expected.withDefect(code));
    }
}
