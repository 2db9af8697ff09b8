package vn.kiemchung.web;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.platform.Bilingual;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.rules.RuleBook;

/**
 * The assessment years a dossier may be made for: those whose indicator set is among the rules in
 * service. A dossier for any other year could be stored but never audited, so it is refused.
 */
@Component
public class AssessmentYears {

    private final RuleBook book;
    private final vn.kiemchung.catalogue.CatalogueSource catalogues;

    AssessmentYears(RuleBook book, vn.kiemchung.catalogue.CatalogueSource catalogues) {
        this.book = book;
        this.catalogues = catalogues;
    }

    public List<Integer> available() {
        return catalogues.years();
    }

    /**
     * Refuses (422) component codes that are not in the year's indicator set, all of them named, with
     * the usual slip spelled out: "1,3" written with a decimal comma is not component 1.3.
     */
    public void requireComponents(int year, List<String> codes) {
        requireIndicatorSet(year);
        java.util.Set<String> known = catalogues.year(year).orElseThrow()
                .indicators().stream().map(vn.kiemchung.catalogue.Indicator::code)
                .collect(java.util.stream.Collectors.toSet());
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            String list = String.join(", ", unknown);
            Bilingual hint = unknown.stream().anyMatch(c -> c.contains(",")) ? Bilingual.of("refusal.years.decimalComma")
                    : new Bilingual("", "");
            throw RequestRefusedException.keyed(Reason.UNPROCESSABLE, "refusal.years.unknownComponents", list,
                    String.valueOf(year), hint);
        }
    }

    /** Refuses (422) a year without an indicator set, naming the years that have one. */
    public void requireIndicatorSet(Integer year) {
        List<Integer> years = available();
        if (year == null || !years.contains(year)) {
            String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw RequestRefusedException.keyed(Reason.UNPROCESSABLE, "refusal.years.noIndicatorSet", String.valueOf(year), list);
        }
    }
}
