package vn.kiemchung.web.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.catalogue.Indicator;
import vn.kiemchung.rules.RuleAuthoring;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleCase;
import vn.kiemchung.rules.RuleCases;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.rules.RuleCoverage;
import vn.kiemchung.web.Page;

/**
 * The rule author's page: the year's catalogue, the rule base in service, its cases, and the
 * upload of a decision table that goes live only when it compiles and every case passes.
 */
@Controller
class RulesPage implements Page {

    private final RuleBook book;
    private final vn.kiemchung.catalogue.CatalogueSource catalogues;
    private final RulePublications publications;
    private final RuleAuthoring authoring;
    private final SampleDossierPreview preview;

    RulesPage(RuleBook book, vn.kiemchung.catalogue.CatalogueSource catalogues, RulePublications publications, RuleAuthoring authoring, SampleDossierPreview preview) {
        this.book = book;
        this.catalogues = catalogues;
        this.publications = publications;
        this.authoring = authoring;
        this.preview = preview;
    }

    @GetMapping("/rules")
    String rules(@RequestParam(defaultValue = "2023") int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("ruleSource", book.source());
        model.addAttribute("years", catalogues.years());
        catalogues.year(year).ifPresent(catalogue -> {
            model.addAttribute("catalogue", catalogue);
            model.addAttribute("problems", new CatalogueLoader().check(catalogue));
        });
        try {
            RuleBase base = book.forYear(year);
            model.addAttribute("base", base);
        } catch (RuleCompilationException e) {
            model.addAttribute("compileProblems", e.problems());
        }
        model.addAttribute("lastProblems", book.lastProblems(year));
        return "rules";
    }

    /** Runs every case of the year on the rule base in service. */
    @PostMapping("/rules/cases")
    String runCases(@RequestParam int year, Model model) {
        if (!book.years().contains(year)) {
            return rules(year, model);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        List<RuleCase.Result> outcomes = new ArrayList<>();
        RuleCases runner = new RuleCases(book.rulesRoot(), y -> new CatalogueLoader().load(book.rulesRoot().resolve(String.valueOf(y))));
        RuleBase base = book.forYear(year);
        for (RuleCases.Outcome o : runner.runYear(base, year)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", o.file());
            row.put("name", o.result() == null ? "" : o.result().ruleCase().name());
            row.put("passed", o.passed());
            row.put("failures", o.unreadable() != null ? List.of(o.unreadable().getMessage()) : o.result().failures());
            if (o.result() != null) {
                outcomes.add(o.result());
            }
            results.add(row);
        }
        model.addAttribute("caseResults", results);
        List<String> codes = catalogues.year(year)
                .map(catalogue -> catalogue.indicators().stream().map(Indicator::code).toList()).orElse(List.of());
        model.addAttribute("coverage", RuleCoverage.of(base.ruleNames(), codes, outcomes));
        return rules(year, model);
    }

    @PostMapping("/rules/tables")
    String publish(@RequestParam int year, @RequestParam String folder, @RequestParam("file") MultipartFile file,
                   @RequestParam(name = "cases", required = false) List<MultipartFile> cases, Authentication user,
                   Principal principal, Model model) throws IOException {
        boolean author = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_RULE_AUTHOR") || a.equals("ROLE_ADMIN"));
        if (!author) {
            model.addAttribute("error", Bilingual.of("web.rules.onlyAuthorsPublishPage").both());
            return rules(year, model);
        }
        Map<String, byte[]> caseFiles = new LinkedHashMap<>();
        for (MultipartFile c : cases == null ? List.<MultipartFile>of() : cases) {
            if (!c.isEmpty()) {
                caseFiles.put(c.getOriginalFilename(), c.getBytes());
            }
        }
        model.addAttribute("publication", publications.publish(principal.getName(), year, folder, file.getOriginalFilename(),
                file.getBytes(), caseFiles));
        return rules(year, model);
    }

    /**
     * Tries a table on a staged copy without publishing it, and shows what it would change on the
     * sample dossier: findings and projected points per component, before and after.
     */
    @PostMapping("/rules/tables/preview")
    String previewTable(@RequestParam int year, @RequestParam String folder, @RequestParam("file") MultipartFile file,
                        @RequestParam(name = "cases", required = false) List<MultipartFile> cases, Authentication user,
                        Model model) throws IOException {
        boolean author = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_RULE_AUTHOR") || a.equals("ROLE_ADMIN"));
        if (!author) {
            model.addAttribute("error", Bilingual.of("web.rules.onlyAuthorsTry").both());
            return rules(year, model);
        }
        Map<String, byte[]> caseFiles = new LinkedHashMap<>();
        for (MultipartFile c : cases == null ? List.<MultipartFile>of() : cases) {
            if (!c.isEmpty()) {
                caseFiles.put(c.getOriginalFilename(), c.getBytes());
            }
        }
        RuleAuthoring.Trial trial = authoring.tryOut(year, folder, file.getOriginalFilename(), file.getBytes(), caseFiles);
        model.addAttribute("trial", trial.outcome());
        if (trial.staged() != null) {
            preview.compare(trial.staged()).ifPresent(c -> model.addAttribute("comparison", c));
        }
        return rules(year, model);
    }
}
