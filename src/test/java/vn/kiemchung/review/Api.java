package vn.kiemchung.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.kiemchung.evidence.Multipart;

/** One account's view of the REST API over HTTP Basic (or a personal API token), as a script would call it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String base;
    private final String authorization;

    public Api(int port, String user, String password) {
        this("http://localhost:" + port,
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same API as a script with a personal API token sees it. */
    public static Api withToken(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token);
    }

    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(status + " " + body, e);
            }
        }
    }

    public Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A download's bytes (reports in xlsx or pdf), or an empty array when the status is not 200. */
    public byte[] getBytes(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? r.body() : new byte[0];
    }

    public Answer post(String path, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body))));
    }

    public Answer delete(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** A new dossier of {@code year} for the next province without one on this server (see TestDossiers). */
    public long dossier(int year) throws Exception {
        return vn.kiemchung.TestDossiers.create(base, year, (province, y) -> {
            Answer a = post("/api/v1/dossiers", java.util.Map.of("province", province, "year", y));
            return new vn.kiemchung.TestDossiers.Attempt(a.status(), a.status() == 201 ? a.json().get("id").asLong() : -1, a.body());
        });
    }

    /** The server this client talks to ("http://localhost:port"). */
    public String base() {
        return base;
    }

    /** Uploads a text document, its Bạc Liêu wording rewritten for the dossier's province (TestDossiers.localise). */
    public Answer upload(long dossier, String indicator, String name, String text) throws Exception {
        String own = vn.kiemchung.TestDossiers.localise(base, dossier, text);
        Multipart body = new Multipart().field("indicator", indicator).file("file", name, own.getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/" + dossier + "/evidence"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** An upload that says it means to reopen a submitted or accepted component ({@code reopen=true}). */
    public Answer uploadReopening(long dossier, String indicator, String name, String text) throws Exception {
        Multipart body = new Multipart().field("indicator", indicator).field("reopen", "true")
                .file("file", name, text.getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/" + dossier + "/evidence"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** Replaces a file with a new one, giving the reason (multipart, as the page and scripts send it). */
    public Answer replace(long evidenceId, String name, String text, String reason) throws Exception {
        Multipart body = new Multipart().file("file", name, text.getBytes(StandardCharsets.UTF_8));
        if (reason != null) {
            body.field("reason", reason);
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evidence/" + evidenceId + "/replace"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
    }
}
