package vn.kiemchung.web.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.kiemchung.rules.RuleAuthoring;
import vn.kiemchung.rules.RuleBase;
import vn.kiemchung.rules.RuleBook;
import vn.kiemchung.rules.RuleCompilationException;
import vn.kiemchung.trail.TrailEntry;

/**
 * Publishing a table and reloading a year, by a named person, each written to the audit trail:
 * RULES_PUBLISHED and RULES_REFUSED (the table's SHA-256, the version before and after, the years,
 * the reasons), RULES_RELOADED and RULES_RELOAD_REFUSED.
 */
@Service
class RulePublications {

    private final RuleAuthoring authoring;
    private final RuleBook book;
    private final ApplicationEventPublisher events;

    RulePublications(RuleAuthoring authoring, RuleBook book, ApplicationEventPublisher events) {
        this.authoring = authoring;
        this.book = book;
        this.events = events;
    }

    RuleAuthoring.Publication publish(String actor, int year, String folder, String tableName, byte[] table,
                                      Map<String, byte[]> cases) {
        String before = versionOf(year);
        RuleAuthoring.Publication p = authoring.publish(year, folder, tableName, table, cases);
        String detail = year + " " + folder + "/" + tableName + (cases.isEmpty() ? "" : " + " + cases.size() + " ca/cases")
                + (p.years().isEmpty() ? "" : " years " + p.years())
                + (p.published() ? "" : ": " + String.join(" | ", p.problems()) + String.join(" | ", p.failedCases()));
        events.publishEvent(new TrailEntry(actor, p.published() ? "RULES_PUBLISHED" : "RULES_REFUSED", null, null, componentOf(folder),
                sha256(table), before, p.published() ? p.version() : before, shorten(detail)));
        return p;
    }

    RuleBase reload(String actor, int year) {
        String before = versionOf(year);
        try {
            RuleBase base = book.reload(year);
            events.publishEvent(new TrailEntry(actor, "RULES_RELOADED", null, null, null, null, before, base.version(), String.valueOf(year)));
            return base;
        } catch (RuleCompilationException e) {
            events.publishEvent(new TrailEntry(actor, "RULES_RELOAD_REFUSED", null, null, null, null, before, before, shorten(year + ": " + e.getMessage())));
            throw e;
        }
    }

    private String versionOf(int year) {
        RuleBase live = book.live().get(year);
        return live == null ? null : live.guard().version();
    }

    /** "1/1.1-steering-committee-head" → "1.1". */
    private static String componentOf(String folder) {
        if (folder == null) {
            return null;
        }
        String last = folder.substring(folder.lastIndexOf('/') + 1);
        int dash = last.indexOf('-');
        String code = dash > 0 ? last.substring(0, dash) : last;
        return code.matches("\\d{1,2}\\.\\d{1,2}") ? code : null;
    }

    private static String shorten(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
