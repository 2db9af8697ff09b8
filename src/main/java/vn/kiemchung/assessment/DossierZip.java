package vn.kiemchung.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.kiemchung.platform.ZipArchives;
import vn.kiemchung.platform.ZipRefusedException;

/**
 * Unpacks a zipped dossier into a folder with the product's one ZIP reader ({@link ZipArchives}): the same
 * limits, name decoding and clutter list as a ZIP upload to the server.
 */
public final class DossierZip {

    private DossierZip() {
    }

    /** Unpacks {@code zip} into {@code target} and returns the dossier root (the folder holding dossier.yaml). */
    public static Path unpack(Path zip, Path target) {
        try {
            ZipArchives.unpack(zip.getFileName().toString(), zip, target, ZipArchives.LIMITS);
        } catch (ZipRefusedException e) {
            throw new DossierException(e.words());
        }
        return rootOf(target);
    }

    /** The zip may hold the dossier at its top or inside one folder. */
    private static Path rootOf(Path target) {
        if (Files.isRegularFile(target.resolve("dossier.yaml"))) {
            return target;
        }
        try (var children = Files.list(target)) {
            var dirs = children.filter(Files::isDirectory).filter(d -> !ZipArchives.isClutter(d.getFileName().toString())).toList();
            if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve("dossier.yaml"))) {
                return dirs.get(0);
            }
        } catch (IOException e) {
            throw DossierException.keyed("dossier.unpackedUnlisted");
        }
        return target;
    }
}
