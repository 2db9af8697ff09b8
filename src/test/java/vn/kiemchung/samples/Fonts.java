package vn.kiemchung.samples;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.kiemchung.samples.PageCanvas.Style;

/** The DejaVu Sans files: a free font with every Vietnamese precomposed letter. */
final class Fonts {

    private static final Path DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private Fonts() {
    }

    static Path file(Style style) {
        Path file = DIR.resolve(switch (style) {
            case REGULAR -> "DejaVuSans.ttf";
            case BOLD -> "DejaVuSans-Bold.ttf";
            case ITALIC -> "DejaVuSans-Oblique.ttf";
            case BOLD_ITALIC -> "DejaVuSans-BoldOblique.ttf";
        });
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("DejaVu Sans is needed to draw Vietnamese text: " + file
                    + " (Debian package fonts-dejavu-core)");
        }
        return file;
    }
}
