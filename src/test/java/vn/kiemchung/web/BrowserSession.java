package vn.kiemchung.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.kiemchung.evidence.Multipart;

/** A browser as the server sees it: cookies kept, redirects not followed (the test follows them), forms and files with CSRF. */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A path on the app, or an absolute address (another server, or a Location header). */
    HttpResponse<String> get(String pathOrUrl) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token of the first form on a page. */
    String csrf(String page) throws Exception {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + page);
        }
        return m.group(1);
    }

    BrowserSession login(String user, String password) throws Exception {
        HttpResponse<String> r = post("/login", Map.of("username", user, "password", password, "_csrf", csrf("/login")));
        if (r.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new AssertionError("login of " + user + " failed: " + r.statusCode());
        }
        return this;
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart form as the page's form or its script sends it; {@code accept} tells which of the two. */
    HttpResponse<String> postFiles(String path, String accept, String csrf, Map<String, byte[]> files) throws Exception {
        Multipart body = new Multipart();
        if (csrf != null) {
            body.field("_csrf", csrf);
        }
        files.forEach((name, bytes) -> body.file("files", name, bytes));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                        .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any request, with this browser's cookies: what another site's page can make the browser send. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + r.statusCode()));
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }
}
