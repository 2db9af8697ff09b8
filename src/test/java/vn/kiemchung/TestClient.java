package vn.kiemchung;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one HTTP client of the tests: the application as a script (HTTP Basic or a personal API token), a
 * browser (session cookie, forms with their CSRF token) or nobody (no credentials) sees it. Redirects are
 * never followed, so a test sees the 302 and its Location. Every answer keeps status, headers and the raw
 * body bytes, whatever the status.
 *
 * <p>Tests that must send what no normal client sends (an oversized Content-Length over a raw socket, a
 * chunked body past the limit) keep their own low-level code and say why.
 */
public final class TestClient {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** Accept header of a browser asking for a page, so errors come as pages, not JSON. */
    private static final String HTML = "text/html,application/xhtml+xml";

    private static final HttpClient STATELESS = HttpClient.newHttpClient();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    /** A script with a user name and password (HTTP Basic on every request, no cookies kept). */
    public TestClient(int port, String user, String password) {
        this(STATELESS, "http://localhost:" + port, basic(user, password), null);
    }

    private TestClient(HttpClient http, String base, String authorization, Duration timeout) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** A script with a personal API token (Authorization: Bearer kc_…). */
    public static TestClient withToken(int port, String token) {
        return new TestClient(STATELESS, "http://localhost:" + port, "Bearer " + token, null);
    }

    /** No credentials and no cookies: what anyone on the network can ask. */
    public static TestClient anonymous(int port) {
        return new TestClient(STATELESS, "http://localhost:" + port, null, null);
    }

    /** A browser: cookies kept, no credentials until {@link #login}; forms carry the CSRF token the test gives. */
    public static TestClient browser(int port) {
        return new TestClient(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                "http://localhost:" + port, null, null);
    }

    /** A browser whose person typed a user name and password into its own prompt: cookies kept and HTTP Basic sent. */
    public static TestClient browser(int port, String user, String password) {
        return new TestClient(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                "http://localhost:" + port, basic(user, password), null);
    }

    /** The same client, each request given up after {@code limit} (health polls of a starting server). */
    public TestClient withTimeout(Duration limit) {
        return new TestClient(http, base, authorization, limit);
    }

    /** The server this client talks to ("http://localhost:port"). */
    public String base() {
        return base;
    }

    /** "Basic …" for a user and password, for tests that set the header themselves. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- answers

    /** One answer: status, headers, body (bytes as sent; {@link #body()} reads them as UTF-8) and the address asked. */
    public record Answer(int status, HttpHeaders headers, byte[] bytes, URI uri) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (Exception e) {
                throw new IllegalStateException(status + " " + body(), e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The Location of a redirect; fails the test when there is none. */
        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError("no redirect: " + status));
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    // ---- plain requests

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A page as a browser asks for it (Accept: text/html). */
    public Answer page(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", HTML).GET());
    }

    /** A download's bytes (a report in xlsx or pdf), or an empty array when the status is not 200. */
    public byte[] getBytes(String path) throws IOException, InterruptedException {
        Answer a = get(path);
        return a.status() == 200 ? a.bytes() : new byte[0];
    }

    /** A JSON body (null: an empty body) posted as a script would; the answer whatever its status. */
    public Answer post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    public Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** A form as a page posts it (application/x-www-form-urlencoded, Accept: text/html); the CSRF token is one of its fields. */
    public Answer postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /** A multipart body posted to {@code path}, with any extra headers (Accept, X-CSRF-TOKEN). */
    public Answer post(String path, Multipart body, Map<String, String> headers) throws IOException, InterruptedException {
        return send("POST", path, body.contentType(), body.bytes(), headers);
    }

    /** Any request (this client's credentials and cookies): what another site's page can make a browser send. */
    public Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** The lines of a server-sent event stream (fails the test unless it answers 200), read as they come. */
    public Stream<String> events(String path, Duration limit) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> r = http.send(authorized(request(path).timeout(limit).GET()).build(),
                HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            throw new AssertionError("the event stream answered " + r.statusCode() + ", not 200: "
                    + r.body().collect(Collectors.joining("\n")));
        }
        return r.body();
    }

    // ---- browser sessions

    /** The CSRF token of the first form on a page. */
    public String csrf(String page) throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(page(page).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + page);
        }
        return m.group(1);
    }

    /** Signs in with the login form, as a person does; fails the test when the server says no. */
    public TestClient login(String user, String password) throws IOException, InterruptedException {
        Answer r = postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf("/login")));
        if (r.header("Location").orElse("error").contains("error")) {
            throw new AssertionError("login of " + user + " failed: " + r.status());
        }
        return this;
    }

    /** Files as a component page sends them (field "files"); {@code accept} tells the form from its script. */
    public Answer postFiles(String path, String accept, String csrf, Map<String, byte[]> files) throws IOException, InterruptedException {
        Multipart body = new Multipart();
        if (csrf != null) {
            body.field("_csrf", csrf);
        }
        files.forEach((name, bytes) -> body.file("files", name, bytes));
        return post(path, body, Map.of("Accept", accept));
    }

    // ---- dossiers and evidence (REST API)

    /** A new dossier of {@code year} for the next province without one on this server (see {@link TestDossiers}). */
    public long dossier(int year) throws Exception {
        return TestDossiers.create(base, year, (province, y) -> {
            Answer a = post("/api/v1/dossiers", Map.of("province", province, "year", y));
            return new TestDossiers.Attempt(a.status(), a.status() == 201 ? a.json().get("id").asLong() : -1, a.body());
        });
    }

    /**
     * A dossier for {@code province}; "Tỉnh Bạc Liêu", which many tests ask for on one shared server, means
     * {@link #dossier(int)} (a province has one dossier per year). Fails unless the server makes it.
     */
    public long dossier(String province, int year) throws Exception {
        if (province.equals("Tỉnh Bạc Liêu")) {
            return dossier(year);
        }
        Answer a = post("/api/v1/dossiers", Map.of("province", province, "year", year));
        if (a.status() != 201) {
            throw new IllegalStateException(a.status() + " " + a.body());
        }
        return a.json().get("id").asLong();
    }

    /** Uploads a text document, its Bạc Liêu wording rewritten for the dossier's province ({@link TestDossiers#localise}). */
    public Answer upload(long dossier, String indicator, String name, String text) throws IOException, InterruptedException {
        String own = TestDossiers.localise(base, dossier, text);
        return upload(dossier, indicator, name, own.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads a file's bytes as they are, under {@code name} (UTF-8, as browsers send it). */
    public Answer upload(long dossier, String indicator, String name, byte[] bytes) throws IOException, InterruptedException {
        return post("/api/v1/dossiers/" + dossier + "/evidence",
                new Multipart().field("indicator", indicator).file("file", name, bytes), Map.of());
    }

    /** An upload that must succeed (201): the stored evidence as JSON. */
    public JsonNode uploadOk(long dossier, String indicator, String name, byte[] bytes) throws IOException, InterruptedException {
        Answer r = upload(dossier, indicator, name, bytes);
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        return r.json();
    }

    /** An upload that says it means to reopen a submitted or accepted component ({@code reopen=true}). */
    public Answer uploadReopening(long dossier, String indicator, String name, String text) throws IOException, InterruptedException {
        return post("/api/v1/dossiers/" + dossier + "/evidence", new Multipart().field("indicator", indicator)
                .field("reopen", "true").file("file", name, text.getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    /** Replaces a file with a new one, giving the reason (multipart, as the page and scripts send it). */
    public Answer replace(long evidenceId, String name, String text, String reason) throws IOException, InterruptedException {
        Multipart body = new Multipart().file("file", name, text.getBytes(StandardCharsets.UTF_8));
        if (reason != null) {
            body.field("reason", reason);
        }
        return post("/api/v1/evidence/" + evidenceId + "/replace", body, Map.of());
    }

    /** A stored file's content, as uploaded. */
    public Answer download(long evidenceId) throws IOException, InterruptedException {
        return get("/api/v1/evidence/" + evidenceId + "/content");
    }

    // ---- bodies

    /** A multipart/form-data body, file names in UTF-8 as browsers send them, file content as raw bytes. */
    public static final class Multipart {
        private final String boundary = "----kiemchung" + System.nanoTime();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return copy.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** name=value&… with both sides URL-encoded. */
    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    // ---- plumbing

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
        return timeout == null ? b : b.timeout(timeout);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(authorized(request).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers(), r.body(), r.uri());
    }
}
