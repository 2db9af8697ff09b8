package vn.kiemchung.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every assessment year found under {@code rules/}: a folder named for the year that holds a catalogue.csv. */
public final class Catalogues {

    private final Map<Integer, Catalogue> byYear;

    private Catalogues(Map<Integer, Catalogue> byYear) {
        this.byYear = byYear;
    }

    /** Loads every {@code rules/<year>/}; one unreadable year fails the whole load, naming its file and line. */
    public static Catalogues load(Path rulesDir) {
        CatalogueLoader loader = new CatalogueLoader();
        Map<Integer, Catalogue> byYear = new TreeMap<>();
        for (int year : yearsIn(rulesDir)) {
            Catalogue c = loader.load(rulesDir.resolve(String.valueOf(year)));
            byYear.put(c.year(), c);
        }
        return new Catalogues(byYear);
    }

    /** The years that have a catalogue under {@code rulesDir}, in ascending order (none when the folder is missing). */
    public static List<Integer> yearsIn(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(rulesDir)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("\\d{4}"))
                    .filter(dir -> Files.isRegularFile(dir.resolve(CatalogueColumns.CATALOGUE_FILE)))
                    .map(dir -> Integer.parseInt(dir.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
    }

    /** The catalogue of one year, or empty when {@code rules/<year>/} has none. */
    static Optional<Catalogue> loadYear(Path rulesDir, int year) {
        Path dir = rulesDir.resolve(String.valueOf(year));
        if (!Files.isRegularFile(dir.resolve(CatalogueColumns.CATALOGUE_FILE))) {
            return Optional.empty();
        }
        return Optional.of(new CatalogueLoader().load(dir));
    }

    public static Catalogues of(Collection<Catalogue> catalogues) {
        Map<Integer, Catalogue> byYear = new TreeMap<>();
        catalogues.forEach(c -> byYear.put(c.year(), c));
        return new Catalogues(byYear);
    }

    public Optional<Catalogue> forYear(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    /** The years in ascending order. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(byYear.keySet());
    }
}
