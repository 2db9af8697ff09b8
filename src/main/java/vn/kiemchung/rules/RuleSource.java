package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.kiemchung.platform.BundledArchive;
import vn.kiemchung.platform.FileTrees;

/**
 * Where the rules in service come from. The jar carries the repository's {@code rules/}
 * ({@code kiemchung-rules.zip}, built by Maven) and serves them when no folder is configured; a
 * configured folder replaces them (rule authors, hot reload); a table published while the built-in
 * rules serve is written to a copy under the data folder, which then takes precedence. The built-in
 * rules are unpacked into a folder named by their content hash, since Drools and the case runner
 * read folders; nothing is ever written into the jar.
 *
 * @param root the folder the rules are read from (normalised, absolute)
 */
public record RuleSource(Kind kind, Path root) {

    /** The classpath archive of the repository's rules. */
    static final String BUILT_IN_ARCHIVE = "/kiemchung-rules.zip";

    /** Written into a published copy: which built-in rules it started from. */
    static final String PUBLISHED_MARKER = ".kiemchung-published-from";

    public enum Kind {
        BUILT_IN("built-in"),
        PUBLISHED("published"),
        FOLDER("folder");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** What a person reads for it, from the bundles ({@code rules.source.kind.*}). */
        public Bilingual words() {
            return Bilingual.of("rules.source.kind." + name());
        }
    }

    public RuleSource {
        root = root.toAbsolutePath().normalize();
    }

    /** A folder the user named (setting, environment, {@code --rules}). */
    public static RuleSource folder(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(normal)) {
            throw new IllegalArgumentException(Bilingual.of("rules.noRulesFolder", normal.toString()).both());
        }
        return new RuleSource(Kind.FOLDER, normal);
    }

    /** Whether this jar (or class path) carries built-in rules. */
    public static boolean hasBuiltIn() {
        return BundledArchive.present(BUILT_IN_ARCHIVE);
    }

    /** The built-in rules, unpacked under {@code parent/<hash>} unless that copy exists already. */
    public static RuleSource builtIn(Path parent) {
        Path root = BundledArchive.unpack(BUILT_IN_ARCHIVE, parent).orElseThrow(() -> new IllegalStateException(
                Bilingual.of("rules.noBuiltIn", BUILT_IN_ARCHIVE).both()));
        return new RuleSource(Kind.BUILT_IN, root);
    }

    /** A published copy under {@code publishedDir}, if one was made by an earlier publication. */
    public static java.util.Optional<RuleSource> published(Path publishedDir) {
        Path dir = publishedDir.toAbsolutePath().normalize();
        return Files.isRegularFile(dir.resolve(PUBLISHED_MARKER))
                ? java.util.Optional.of(new RuleSource(Kind.PUBLISHED, dir)) : java.util.Optional.empty();
    }

    /** A writable copy of these (built-in) rules at {@code publishedDir}, which then takes precedence. */
    RuleSource copyForPublishing(Path publishedDir) {
        Path dir = publishedDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.getParent());
            Path temp = Files.createTempDirectory(dir.getParent(), ".publishing-");
            FileTrees.copy(root, temp);
            Files.writeString(temp.resolve(PUBLISHED_MARKER), root.getFileName() + "\n", StandardCharsets.UTF_8);
            if (Files.exists(dir)) {
                // an unfinished earlier copy without its marker: replaced whole
                FileTrees.deleteQuietly(dir);
            }
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            return new RuleSource(Kind.PUBLISHED, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the rules to " + dir + " for publishing", e);
        }
    }

    /** "built-in", "published" or "folder", as reports and pages name the source. */
    public String label() {
        return kind.label();
    }

    /**
     * What versions carry after the hash: "built-in" or "published"; nothing for a folder the user
     * named, whose versions are those of the same files compiled anywhere.
     */
    String versionLabel() {
        return kind == Kind.FOLDER ? null : kind.label();
    }

    /** For people: the kind of source and where it lives. */
    public String describe() {
        return switch (kind) {
            case BUILT_IN -> Bilingual.of("rules.source.detail.BUILT_IN", String.valueOf(root.getFileName())).en();
            case PUBLISHED -> Bilingual.of("rules.source.detail.PUBLISHED", root.toString()).en();
            case FOLDER -> Bilingual.of("rules.source.detail.FOLDER", root.toString()).en();
        };
    }
}
