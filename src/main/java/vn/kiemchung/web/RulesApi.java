package vn.kiemchung.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.rules.RuleProblem;

/** The rule bases in service, and the admin's reload (which never replaces good rules with broken ones). */
@RestController
@RequestMapping("/api/v1/rules")
class RulesApi {

    private final RuleBook book;

    RulesApi(RuleBook book) {
        this.book = book;
    }

    @GetMapping
    List<Map<String, Object>> live() {
        return book.live().values().stream().map(RulesApi::describe).toList();
    }

    @PostMapping("/reload")
    ResponseEntity<Map<String, Object>> reload(@RequestParam int year) {
        try {
            return ResponseEntity.ok(describe(book.reload(year)));
        } catch (RuleCompilationException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("detail", "rules for " + year + " rejected; the previous version keeps serving");
            body.put("detailVi", "luật năm " + year + " bị từ chối; phiên bản trước vẫn đang áp dụng");
            body.put("problems", e.problems().stream().map(RuleProblem::toString).toList());
            return ResponseEntity.unprocessableEntity().body(body);
        }
    }

    private static Map<String, Object> describe(RuleBase base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", base.year());
        m.put("version", base.version());
        m.put("rules", base.ruleNames().size());
        m.put("files", base.files());
        return m;
    }
}
