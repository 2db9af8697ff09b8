package vn.kiemchung.samples;

/**
 * How a DOCX run stores its text: the font it names and the characters it holds. Unicode files
 * store the text as is; legacy TCVN3 files store 8-bit codes that only look Vietnamese in the
 * .VnTime fonts.
 */
interface RunEncoding {

    /** A run's font and stored characters. */
    record Run(String font, String text) {
    }

    Run encode(String text);

    RunEncoding UNICODE = text -> new Run("Times New Roman", text);
}
