package vn.kiemchung.samples;

import java.awt.Color;

/**
 * How a scanned page looks: paper and ink shade, sensor noise, skew and JPEG quality.
 *
 * @param noise standard deviation of the grey-level noise added to each pixel
 */
record ScanQuality(int dpi, Color paper, Color ink, double noise, double skewDegrees, float jpegQuality) {

    /** An ordinary office scan: tesseract reads it (good evidence through OCR). */
    static final ScanQuality LEGIBLE = new ScanQuality(200, new Color(238, 237, 233), new Color(35, 35, 38),
            9, 0.35, 0.55f);

    /**
     * A photocopy of a photocopy scanned on the lightest setting: the ink is barely darker than
     * the paper and drowned in noise, so OCR returns nothing useful (TEXT_NOT_EXTRACTABLE).
     */
    static final ScanQuality FAINT = new ScanQuality(200, new Color(226, 226, 222), new Color(212, 212, 209),
            38, 1.2, 0.35f);
}
