package vn.kiemchung.web.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kiemchung.rules.RuleAuthoring;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.rules.RuleProblem;

/** The rule bases in service, and the admin's reload (which never replaces good rules with broken ones). */
@RestController
@RequestMapping("/api/v1/rules")
class RulesApi {

    private final RuleBook book;
    private final RulePublications publications;

    RulesApi(RuleBook book, RulePublications publications) {
        this.book = book;
        this.publications = publications;
    }

    /**
     * A rule author publishes a decision table (CSV or XLSX, values only in a table kind's layout) with
     * its cases: a cell that is not a value of its column refuses it (422, naming the cell) before
     * anything is compiled; otherwise it goes live only if the rules of every year it applies to still
     * compile and every case passes on a staged copy. DRL is refused here. Either way the audit trail
     * records who tried.
     */
    @PostMapping(path = "/{year}/tables", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> publishTable(@PathVariable int year, @RequestParam String folder,
                                                     @RequestParam("file") MultipartFile file,
                                                     @RequestParam(name = "cases", required = false) List<MultipartFile> cases,
                                                     Authentication user) throws IOException {
        boolean author = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_RULE_AUTHOR") || a.equals("ROLE_ADMIN"));
        Map<String, Object> body = new LinkedHashMap<>();
        if (!author) {
            detail(body, Bilingual.of("web.rules.onlyAuthorsPublish"));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
        }
        Map<String, byte[]> caseFiles = new LinkedHashMap<>();
        for (MultipartFile c : cases == null ? List.<MultipartFile>of() : cases) {
            caseFiles.put(c.getOriginalFilename(), c.getBytes());
        }
        RuleAuthoring.Publication p = publications.publish(user.getName(), year, folder, file.getOriginalFilename(),
                file.getBytes(), caseFiles);
        body.put("published", p.published());
        body.put("version", p.version());
        body.put("problems", p.problems());
        body.put("failedCases", p.failedCases());
        if (!p.published()) {
            detail(body, Bilingual.of("web.rules.notPublished"));
        }
        return p.published() ? ResponseEntity.ok(body) : ResponseEntity.unprocessableEntity().body(body);
    }

    @GetMapping
    List<Map<String, Object>> live() {
        return book.live().values().stream().map(this::describe).toList();
    }

    /** Where the rules in service come from: built into the jar, published on this server, or a configured folder. */
    @GetMapping("/source")
    Map<String, Object> source() {
        var source = book.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", source.label());
        m.put("root", source.root().toString());
        m.put("description", source.describe());
        m.put("descriptionVi", Bilingual.of("rules.source.description", source.kind().words()).vi());
        return m;
    }

    @PostMapping("/reload")
    ResponseEntity<Map<String, Object>> reload(@RequestParam int year, Authentication user) {
        try {
            return ResponseEntity.ok(describe(publications.reload(user == null ? "anonymous" : user.getName(), year)));
        } catch (RuleCompilationException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            detail(body, Bilingual.of("web.rules.rejected", String.valueOf(year)));
            body.put("problems", e.problems().stream().map(RuleProblem::toString).toList());
            return ResponseEntity.unprocessableEntity().body(body);
        }
    }

    private Map<String, Object> describe(RuleBase base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", base.year());
        m.put("version", base.version());
        m.put("source", book.source().label());
        m.put("rules", base.ruleNames().size());
        m.put("files", base.files());
        return m;
    }

    /** The answer's problem text in both languages, as every problem of the API gives it. */
    private static void detail(Map<String, Object> body, Bilingual words) {
        body.put("detail", words.en());
        body.put("detailVi", words.vi());
    }
}
