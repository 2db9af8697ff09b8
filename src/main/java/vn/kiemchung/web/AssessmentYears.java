package vn.kiemchung.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.kiemchung.catalogue.Catalogues;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.rules.RuleBook;

/**
 * The assessment years a dossier may be made for: those whose indicator set is among the rules in
 * service. A dossier for any other year could be stored but never audited, so it is refused.
 */
@Component
class AssessmentYears {

    private final RuleBook book;

    AssessmentYears(RuleBook book) {
        this.book = book;
    }

    List<Integer> available() {
        return Catalogues.yearsIn(book.rulesRoot());
    }

    /** Refuses (422) a year without an indicator set, naming the years that have one. */
    void requireIndicatorSet(Integer year) {
        List<Integer> years = available();
        if (year == null || !years.contains(year)) {
            String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw new UploadRejectedException(422,
                    "Chưa có bộ chỉ số cho năm " + year + ". Các năm có bộ chỉ số: " + list + ".",
                    "There is no indicator set for " + year + ". Years with an indicator set: " + list + ".");
        }
    }
}
