package vn.kiemchung.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the indicator sets come from, the one way other modules reach them: the server's pages and
 * audits, and the command line, each ask a source instead of reading {@code rules/<year>/} themselves.
 */
public interface CatalogueSource {

    /** The years that have an indicator set, ascending. */
    List<Integer> years();

    /** The indicator set of one year, or empty when there is none. */
    Optional<Catalogue> year(int year);

    /**
     * The sets under a rules folder (which may change, as the server's does on a reload), each read once
     * and read again only when its files change.
     */
    static CatalogueSource under(Supplier<Path> rulesRoot) {
        return new FolderCatalogues(rulesRoot);
    }

    static CatalogueSource under(Path rulesRoot) {
        return under(() -> rulesRoot);
    }
}
