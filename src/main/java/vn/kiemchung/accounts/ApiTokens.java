package vn.kiemchung.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.trail.TrailEntry;

/**
 * Personal API tokens: a script sends {@code Authorization: Bearer kc_…} and acts as the token's
 * owner. The secret has 256 random bits, so a single SHA-256 is enough to store it (unlike a
 * password it cannot be guessed from a list), and checking it costs a hash and one indexed lookup
 * instead of a BCrypt round per request.
 */
@Service
public class ApiTokens {

    public static final String SCHEME_PREFIX = "kc_";
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 366;
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_CHARACTERS = 6;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A token as its owner sees it in the list: never the secret, only its first characters. */
    public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                    OffsetDateTime expiresAt, OffsetDateTime revokedAt, String status) {
    }

    /** The answer to a new token: the only time the secret leaves the server. */
    public record IssuedToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt, String secret) {
    }

    /** Who a presented token speaks for, and whether it may. */
    public record TokenOwner(long tokenId, String username, String role, boolean accountEnabled, boolean expired, boolean revoked,
                      boolean lastUseStale) {
        public boolean usable() {
            return accountEnabled && !expired && !revoked;
        }
    }

    @Transactional
    public IssuedToken create(String username, String name, Integer days) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw AccountRefusedException.keyed(Reason.INVALID, "token.nameRequired");
        }
        int lifetime = days == null ? DEFAULT_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            throw AccountRefusedException.keyed(Reason.INVALID, "token.daysRange", String.valueOf(MAX_DAYS));
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, SCHEME_PREFIX.length() + SHOWN_CHARACTERS);
        IssuedToken issued = jdbc.sql("""
                        insert into api_token (username, name, token_hash, prefix, expires_at)
                        values (?, ?, ?, ?, now() + make_interval(days => ?))
                        returning id, created_at, expires_at""")
                .params(username, label, hash(secret), prefix, lifetime)
                .query((rs, n) -> new IssuedToken(rs.getLong(1), label, prefix, rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), secret))
                .single();
        events.publishEvent(new TrailEntry(username, "API_TOKEN_CREATED", null, null, null, null, null, null, describe(label, prefix)));
        return issued;
    }

    public List<ApiToken> of(String username) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, last_used_at, expires_at, revoked_at,
                               case when revoked_at is not null then 'REVOKED'
                                    when expires_at <= now() then 'EXPIRED' else 'ACTIVE' end
                        from api_token where username = ? order by created_at desc, id desc""")
                .param(username)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .list();
    }

    /** Revokes one of the owner's own tokens; someone else's token is "not found", as it would be to a guess. */
    @Transactional
    public void revoke(String username, long id) {
        revokeOf(username, id, username);
    }

    private void revokeOf(String username, long id, String actor) {
        record Found(String name, String prefix, boolean revoked) {
        }
        Found token = jdbc.sql("select name, prefix, revoked_at is not null from api_token where id = ? and username = ? for update")
                .params(id, username)
                .query((rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> AccountRefusedException.keyed(Reason.NOT_FOUND, "token.notYours", String.valueOf(id)));
        if (token.revoked()) {
            return;
        }
        jdbc.sql("update api_token set revoked_at = now() where id = ?").param(id).update();
        events.publishEvent(new TrailEntry(actor, "API_TOKEN_REVOKED", null, null, null, null, null, null,
                describe(token.name(), token.prefix()) + (actor.equals(username) ? "" : " @ " + username)));
    }

    /** A token as the admin sees it among everyone's: with its owner, never the secret. */
    public record OwnedToken(String username, ApiToken token) {
    }

    /** Every account's tokens that still work, newest first: what the admin may revoke. */
    public List<OwnedToken> active() {
        return jdbc.sql("""
                        select username, id, name, prefix, created_at, last_used_at, expires_at, revoked_at
                        from api_token where revoked_at is null and expires_at > now()
                        order by created_at desc, id desc""")
                .query((rs, n) -> new OwnedToken(rs.getString(1), new ApiToken(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class), "ACTIVE")))
                .list();
    }

    /** The admin revokes anyone's token (a leaked one, a departed officer's); the trail names both. */
    @Transactional
    public void revokeAsAdmin(String admin, long id) {
        String owner = jdbc.sql("select username from api_token where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> AccountRefusedException.keyed(Reason.NOT_FOUND, "token.unknown", String.valueOf(id)));
        revokeOf(owner, id, admin);
    }

    /** The owner of a presented secret, looked up by its hash; empty when no token has that hash. */
    public Optional<TokenOwner> owner(String secret) {
        return jdbc.sql("""
                        select t.id, u.username, u.role, u.enabled, t.expires_at <= now(), t.revoked_at is not null,
                               t.last_used_at is null or t.last_used_at < now() - interval '1 minute'
                        from api_token t join app_user u on u.username = t.username where t.token_hash = ?""")
                .param(hash(secret))
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)))
                .optional();
    }

    /** Notes a use; called only when the last note is over a minute old, so busy scripts do not write on every request. */
    public void used(TokenOwner owner) {
        if (owner.lastUseStale()) {
            jdbc.sql("update api_token set last_used_at = now() where id = ? "
                            + "and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                    .param(owner.tokenId()).update();
        }
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(String name, String prefix) {
        return name + " (" + prefix + "…)";
    }
}
