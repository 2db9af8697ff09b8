package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * Pages tell the browser what they may load and do: a Content-Security-Policy without inline
 * script, a Referrer-Policy that keeps addresses in the app, a Permissions-Policy that turns off
 * camera, microphone, location…; and no template relies on what that policy forbids.
 */
class HeadersTests extends ServerTestSupport {

    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @BeforeEach
    void province() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
    }

    @Test
    void everyPageCarriesTheThreePolicies() throws Exception {
        TestClient browser = TestClient.browser(port).login("lanh-dao", Province.PASSWORD);
        for (TestClient.Answer page : List.of(TestClient.browser(port).page("/login"), browser.page("/dossiers"),
                browser.page("/account"), browser.page("/rules"))) {
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page.uri().toString()).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("object-src 'none'").contains("frame-ancestors 'self'").contains("form-action 'self'")
                    .contains("base-uri 'self'").doesNotContain("unsafe-eval");
            assertThat(csp.replaceAll("style-src[^;]*", "")).doesNotContain("unsafe-inline");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()").contains("microphone=()")
                    .contains("geolocation=()");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void noTemplateUsesInlineScriptOrEventHandlers() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(t);
                assertThat(INLINE_HANDLER.matcher(html).find()).as("%s has an inline on…= handler", t).isFalse();
                assertThat(INLINE_SCRIPT.matcher(html).find()).as("%s has an inline <script>", t).isFalse();
                assertThat(html).as(t.toString()).doesNotContain("javascript:");
            }
        }
    }
}
