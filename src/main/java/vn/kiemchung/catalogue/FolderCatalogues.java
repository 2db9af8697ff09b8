package vn.kiemchung.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The indicator sets of a rules folder, kept in memory: a year's set is read again when the size or the
 * time of change of one of its two files differs from when it was read (an expert's edit, a reload, an
 * imported official table).
 */
final class FolderCatalogues implements CatalogueSource {

    private record Kept(Path dir, String stamp, Catalogue catalogue) {
    }

    private final Supplier<Path> rulesRoot;
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

    FolderCatalogues(Supplier<Path> rulesRoot) {
        this.rulesRoot = rulesRoot;
    }

    @Override
    public List<Integer> years() {
        return Catalogues.yearsIn(rulesRoot.get());
    }

    @Override
    public Optional<Catalogue> year(int year) {
        Path dir = rulesRoot.get().resolve(String.valueOf(year));
        String stamp = stamp(dir);
        if (stamp == null) {
            kept.remove(year);
            return Optional.empty();
        }
        Kept k = kept.get(year);
        if (k != null && k.dir().equals(dir) && k.stamp().equals(stamp)) {
            return Optional.of(k.catalogue());
        }
        Optional<Catalogue> read = Catalogues.loadYear(rulesRoot.get(), year);
        read.ifPresent(c -> kept.put(year, new Kept(dir, stamp, c)));
        return read;
    }

    /** Size and time of change of the year's two files; null when the year has no catalogue. */
    private static String stamp(Path dir) {
        Path components = dir.resolve(CatalogueColumns.CATALOGUE_FILE);
        if (!Files.isRegularFile(components)) {
            return null;
        }
        return stampOf(components) + "|" + stampOf(dir.resolve(CatalogueColumns.MAIN_FILE));
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "#" + a.fileKey();
        } catch (IOException e) {
            return "absent";
        }
    }
}
