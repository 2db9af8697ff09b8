package vn.kiemchung.web.dossiers;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.web.RequestRefusedException;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.kiemchung.evidence.EvidenceIntake;
import vn.kiemchung.evidence.UploadRejectedException;
import vn.kiemchung.platform.Bilingual;
import vn.kiemchung.rules.Conventions;
import vn.kiemchung.rules.RuleBook;

/**
 * The provinces a dossier may be made for, per assessment year, read from the conventions data
 * ({@code rules/conventions/provinces.csv}): a name outside that year's list is refused, never stored.
 */
@Component
class Provinces implements ApplicationRunner {

    private final RuleBook book;
    private final EvidenceIntake intake;

    Provinces(RuleBook book, EvidenceIntake intake) {
        this.book = book;
        this.intake = intake;
    }

    /** A province as a dossier keeps it: the name as chosen and the folded key that makes it unique in its year. */
    record Chosen(String name, String key) {
    }

    List<String> of(int year) {
        Conventions conventions = book.forYear(year).conventions();
        return conventions == null ? List.of() : conventions.provincesOf(year);
    }

    /**
     * The province named {@code typed} ("Bạc Liêu", "Tỉnh Bạc Liêu", "tinh bac lieu") if it is in the
     * year's list; else 422 naming it, the year and how many provinces that year has.
     */
    Chosen resolve(int year, String typed) {
        String key = Conventions.provinceKey(typed);
        List<String> names = of(year);
        if (names.isEmpty() && !key.isEmpty()) {
            return new Chosen(typed.strip(), key); // a rules folder without conventions: no list to hold the name to
        }
        if (!key.isEmpty() && names.stream().anyMatch(n -> Conventions.provinceKey(n).equals(key))) {
            return new Chosen(typed.strip(), key);
        }
        Bilingual text = Bilingual.of("dossier.provinceUnknown", typed == null ? "" : typed.strip(), String.valueOf(year),
                String.valueOf(names.size()));
        throw new RequestRefusedException(Reason.UNPROCESSABLE, text);
    }

    /** Dossiers made before province keys were kept get theirs at start. */
    @Override
    public void run(ApplicationArguments args) {
        intake.fillProvinceKeys(Conventions::provinceKey);
    }
}
