package vn.kiemchung.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
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
        if (!Files.isDirectory(rulesDir)) {
            return new Catalogues(byYear);
        }
        try (Stream<Path> children = Files.list(rulesDir)) {
            children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("\\d{4}"))
                    .filter(dir -> Files.isRegularFile(dir.resolve(CatalogueColumns.CATALOGUE_FILE)))
                    .map(loader::load)
                    .forEach(c -> byYear.put(c.year(), c));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
        return new Catalogues(byYear);
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
