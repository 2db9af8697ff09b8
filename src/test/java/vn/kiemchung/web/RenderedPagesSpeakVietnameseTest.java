package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * Issue 16, "Done when": no page shown to a Vietnamese user carries a raw code, an ISO date or an English
 * word outside the places kept for support (the small monospaced code beside a finding, {@code <code>}).
 * Every page of every role is fetched as the server renders it and its visible text is scanned.
 */
class RenderedPagesSpeakVietnameseTest extends ServerTestSupport {

    /** A raw contract code: EVIDENCE_MISSING, NOT_REQUIRED, QUYET_DINH, EVIDENCE_UPLOADED… */
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    /** Values of enums shown as they are. */
    private static final Pattern RAW_WORD = Pattern.compile(
            "\\b(?:ERROR|WARNING|INFO|DRAFT|SUBMITTED|IN_REVIEW|ACCEPTED|RUNNING|DONE|PENDING|COMPLETE|WEAK|MISSING|LOCKED|OFFICER|COORDINATOR|LEADER|ADMIN)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?");
    /** Points written the English way ("17.86 / 20.00") where a Vietnamese reader writes "17,86 / 20,00". */
    private static final Pattern ENGLISH_POINTS = Pattern.compile("\\b\\d{1,4}\\.\\d{2}\\s*/\\s*\\d");
    /** English a Vietnamese page has no reason to show (whole words, as written on buttons and headings). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?:Upload|Download|Submit|Status|Findings?|Dashboard|Delete|Save|Cancel|"
            + "Score|Sign in|Sign out|Log ?out|Settings|Evidence|Components?|Department|Accepted|Rejected|Forbidden|Not found|"
            + "Review queue|Waive|Withdraw|Replace|Password|Account|Rules|Points|Deadline|Reason|Comment|None|Unknown|"
            + "application/[a-z.+-]+)\\b");
    /** Support places: the monospaced code beside a finding, code and keyboard text, hidden text for scripts. */
    private static final Pattern KEPT = Pattern.compile(
            "(?is)<script\\b.*?</script>|<style\\b.*?</style>|<code\\b.*?</code>|<kbd\\b.*?</kbd>"
                    + "|<(small|span)\\b[^>]*class=\"[^\"]*\\bmono\\b[^\"]*\"[^>]*>.*?</\\1>|<template\\b.*?</template>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @LocalServerPort
    int port;

    @Test
    void everyPageOfEveryRoleIsInVietnamese() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinatorApi = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinatorApi.dossier(2023);
        new TestClient(port, "can-bo-a", Province.PASSWORD).upload(dossier, "1.1", "quyet-dinh.txt", Province.UNSIGNED_NOTICE);
        new TestClient(port, "can-bo-b", Province.PASSWORD).upload(dossier, "1.2", "thong-bao.txt", Province.SIGNED_NOTICE);

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("can-bo-a", List.of("/", "/my-work", "/notifications", "/dossiers", "/dossiers/" + dossier,
                "/dossiers/" + dossier + "/components/1.1",
                "/account", "/account/password", "/dossiers/999999", "/admin"));
        pages.put("dieu-phoi", List.of("/", "/my-work", "/notifications", "/dossiers/" + dossier, "/dossiers/" + dossier + "/review",
                "/dossiers/" + dossier + "/submit",
                "/dossiers/" + dossier + "/audit", "/dossiers/" + dossier + "/components/1.2", "/rules"));
        pages.put("lanh-dao", List.of("/", "/dossiers/" + dossier));
        pages.put("admin", List.of("/", "/admin", "/dossiers"));

        List<String> problems = new ArrayList<>();
        problems.addAll(scan("(signed out)", TestClient.browser(port), "/login"));
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            String password = role.getKey().equals("admin") ? ADMIN_PASSWORD : Province.PASSWORD;
            TestClient browser = TestClient.browser(port).login(role.getKey(), password);
            for (String path : role.getValue()) {
                problems.addAll(scan(role.getKey(), browser, path));
            }
        }
        assertThat(problems).as("raw codes, ISO dates or English on Vietnamese pages").isEmpty();
    }

    private static List<String> scan(String who, TestClient browser, String path) throws Exception {
        TestClient.Answer page = browser.page(path);
        for (int hops = 0; hops < 3 && page.status() / 100 == 3; hops++) {
            page = browser.page(page.headers().firstValue("Location").orElseThrow());
        }
        String text = TAG.matcher(KEPT.matcher(page.body()).replaceAll(" ")).replaceAll(" ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ");
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(RAW_CODE, RAW_WORD, ISO_DATE, ENGLISH_POINTS, ENGLISH)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add(who + " " + path + " (" + page.status() + "): «" + m.group() + "» in …" + text.substring(from, to) + "…");
            }
        }
        return found;
    }
}
