package vn.kiemchung.evidence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line settings that point the app at a PostgreSQL and an S3 server it did not start itself. */
public final class ExternalServerArgs {

    private ExternalServerArgs() {
    }

    /** The production-path settings, then {@code extra} (more "--key=value" settings). */
    public static String[] of(EmbeddedPostgres postgres, EmbeddedS3Server s3, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--kiemchung.database.embedded=false",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--kiemchung.storage.embedded=false",
                "--kiemchung.storage.endpoint=" + s3.endpoint(),
                "--kiemchung.storage.access-key=" + s3.accessKey(),
                "--kiemchung.storage.secret-key=" + s3.secretKey(),
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}
