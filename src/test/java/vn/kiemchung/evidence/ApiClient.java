package vn.kiemchung.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the REST API, as a script would use it (HTTP Basic, or a personal API token). */
public final class ApiClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;

    public ApiClient(int port, String user, String password) {
        this(port, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** The same client with a personal API token (Authorization: Bearer kc_…) instead of a password. */
    public static ApiClient withToken(int port, String token) {
        return new ApiClient(port, "Bearer " + token);
    }

    /**
     * A dossier for {@code province}; "Tỉnh Bạc Liêu", which many tests ask for on one shared server, means
     * the next province of the year without a dossier there (a province has one per year).
     */
    public long createDossier(String province, int year) throws Exception {
        if (province.equals("Tỉnh Bạc Liêu")) {
            return createDossier(year);
        }
        return createExactly(province, year);
    }

    /** A new dossier of {@code year} for the next province without one on this server (see TestDossiers). */
    public long createDossier(int year) throws Exception {
        return vn.kiemchung.TestDossiers.create(base, year, (province, y) -> {
            HttpResponse<String> r = postJson("/api/v1/dossiers", java.util.Map.of("province", province, "year", y));
            return new vn.kiemchung.TestDossiers.Attempt(r.statusCode(),
                    r.statusCode() == 201 ? json.readTree(r.body()).get("id").asLong() : -1, r.body());
        });
    }

    public String base() {
        return base;
    }

    private long createExactly(String province, int year) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("province", province, "year", year))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).get("id").asLong();
    }

    public HttpResponse<String> upload(long dossier, String indicator, String name, byte[] bytes) throws Exception {
        Multipart body = new Multipart().field("indicator", indicator).file("file", name, bytes);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/" + dossier + "/evidence"))
                .header("Authorization", authorization).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode uploadOk(long dossier, String indicator, String name, byte[] bytes) throws Exception {
        HttpResponse<String> r = upload(dossier, indicator, name, bytes);
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body());
    }

    public HttpResponse<byte[]> download(long evidenceId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evidence/" + evidenceId + "/content"))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON body posted as a script would; the answer whatever its status. */
    public HttpResponse<String> post(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page as a browser asks for it (Accept: text/html), so error pages come as pages, not JSON. */
    public HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                        .header("Accept", "text/html,application/xhtml+xml").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postJson(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
