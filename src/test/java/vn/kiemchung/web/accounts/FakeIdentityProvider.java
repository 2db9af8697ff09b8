package vn.kiemchung.web.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny OpenID Connect provider for tests on a free loopback port: discovery, JWKS, an authorize
 * endpoint that signs in whoever the test names (no login form) and redirects back with a code, and
 * a token endpoint that returns an RS256 id_token carrying the nonce it was given. It also claims
 * the person is in the group ADMIN, which the app must ignore.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "kiemchung-test";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String CLAIM = "preferred_username";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Grant(String username, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile String signedInAs;
    private volatile boolean down;

    FakeIdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", e -> send(e, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the next visit to /authorize signs in as, as if they had typed their password at the provider. */
    void signInAs(String username) {
        this.signedInAs = username;
    }

    /** While down, discovery answers 503: the provider cannot be used. */
    void down(boolean down) {
        this.down = down;
    }

    private void discovery(HttpExchange e) throws IOException {
        if (down) {
            send(e, 503, "text/plain", "down");
            return;
        }
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "profile", "email"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        send(e, 200, "application/json", JSON.writeValueAsString(metadata));
    }

    private void authorize(HttpExchange e) throws IOException {
        Map<String, String> query = form(e.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type")) || signedInAs == null) {
            send(e, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(signedInAs, query.get("nonce"), query.get("redirect_uri")));
        e.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private void token(HttpExchange e) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (!expected.equals(e.getRequestHeaders().getFirst("Authorization")) || grant == null
                || !"authorization_code".equals(body.get("grant_type")) || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            send(e, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("sub-" + grant.username())
                .audience(CLIENT_ID)
                .issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce())
                .claim(CLAIM, grant.username())
                .claim("groups", List.of("ADMIN"))
                .build();
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            idToken.sign(new RSASSASigner(key));
            send(e, 200, "application/json", JSON.writeValueAsString(Map.of("access_token", UUID.randomUUID().toString(),
                    "token_type", "Bearer", "expires_in", 300, "scope", "openid profile email", "id_token", idToken.serialize())));
        } catch (JOSEException ex) {
            send(e, 500, "text/plain", ex.toString());
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
