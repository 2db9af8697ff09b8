package vn.kiemchung.platform;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code prod} profile, refuses to start on demo settings, before anything starts:
 * embedded PostgreSQL or S3, missing endpoints or credentials, well-known or short secrets,
 * a demo admin password. The accounts themselves are checked once the database is up
 * (accounts.ProductionAccountsCheck).
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final Set<String> WEAK = Set.of("minioadmin", "changeme", "change-me", "secret", "password", "passw0rd",
            "kiemchung", "admin", "demo", "demo-only", "test", "postgres", "123456", "12345678");
    static final int MIN_SECRET = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(Bilingual.of("platform.prod.demoSettings").both() + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    static List<String> problems(ConfigurableEnvironment env) {
        List<String> problems = new ArrayList<>();
        if (bool(env, "kiemchung.database.embedded", true)) {
            problems.add("kiemchung.database.embedded=true: the embedded PostgreSQL is for demos; set it false and "
                    + "KIEMCHUNG_DB_URL / KIEMCHUNG_DB_USER / KIEMCHUNG_DB_PASSWORD");
        } else {
            required(env, "spring.datasource.url", "KIEMCHUNG_DB_URL", problems);
            required(env, "spring.datasource.username", "KIEMCHUNG_DB_USER", problems);
            secret(env, "spring.datasource.password", "KIEMCHUNG_DB_PASSWORD", problems);
        }
        if (bool(env, "kiemchung.storage.embedded", true)) {
            problems.add("kiemchung.storage.embedded=true: the embedded S3 server is for demos; set it false and "
                    + "KIEMCHUNG_S3_ENDPOINT / KIEMCHUNG_S3_ACCESS_KEY / KIEMCHUNG_S3_SECRET_KEY");
        } else {
            required(env, "kiemchung.storage.endpoint", "KIEMCHUNG_S3_ENDPOINT", problems);
            String access = required(env, "kiemchung.storage.access-key", "KIEMCHUNG_S3_ACCESS_KEY", problems);
            if (access != null && WEAK.contains(access.toLowerCase(Locale.ROOT))) {
                problems.add("kiemchung.storage.access-key (KIEMCHUNG_S3_ACCESS_KEY) is a well-known default");
            }
            secret(env, "kiemchung.storage.secret-key", "KIEMCHUNG_S3_SECRET_KEY", problems);
        }
        String admin = value(env, "KIEMCHUNG_ADMIN_PASSWORD");
        if (admin != null && !admin.isBlank() && weak(admin)) {
            problems.add("KIEMCHUNG_ADMIN_PASSWORD is a demo or short password (at least " + MIN_SECRET + " characters)");
        }
        return problems;
    }

    private static boolean weak(String secret) {
        return secret.length() < MIN_SECRET || WEAK.contains(secret.toLowerCase(Locale.ROOT));
    }

    private static void secret(ConfigurableEnvironment env, String key, String variable, List<String> problems) {
        String value = required(env, key, variable, problems);
        if (value != null && weak(value)) {
            // never print the value itself
            problems.add(key + " (" + variable + ") is a well-known default or shorter than " + MIN_SECRET + " characters");
        }
    }

    private static String required(ConfigurableEnvironment env, String key, String variable, List<String> problems) {
        String value = value(env, key);
        if (value == null || value.isBlank()) {
            problems.add(key + " is not set (environment variable " + variable + ")");
            return null;
        }
        return value;
    }

    /** The value, or null when it is missing or names an environment variable that is not set. */
    private static String value(ConfigurableEnvironment env, String key) {
        try {
            return env.getProperty(key);
        } catch (IllegalArgumentException unresolved) {
            return null;
        }
    }

    private static boolean bool(ConfigurableEnvironment env, String key, boolean fallback) {
        String v = value(env, key);
        return v == null ? fallback : Boolean.parseBoolean(v.strip());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the config files and profiles are loaded
    }
}
