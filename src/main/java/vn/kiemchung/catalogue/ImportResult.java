package vn.kiemchung.catalogue;

import java.util.List;

/** What an import of the ministry's table produced: the catalogue and every row it could not take as is. */
public record ImportResult(Catalogue catalogue, List<CatalogueProblem> problems) {
}
