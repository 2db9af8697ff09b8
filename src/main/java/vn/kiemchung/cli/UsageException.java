package vn.kiemchung.cli;

import vn.kiemchung.platform.Bilingual;

/** The command cannot run as given (exit 2), said in Vietnamese and English. */
class UsageException extends RuntimeException {
    UsageException(Bilingual words) {
        super(words.both());
    }
}
