package vn.kiemchung.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kiemchung.platform.Fingerprint;

/**
 * Knowledge bases compiled by an earlier run, kept in a folder as Drools executable-model modules
 * (the rules already turned into Java classes), so a run whose rules did not change parses and
 * compiles nothing. An entry is named by a hash of every file that goes into the compiled rules
 * (path and bytes), the year, the Drools version and the fact classes the rules are compiled
 * against; an entry that cannot be loaded is deleted and the rules are compiled again.
 */
final class CompiledRules {

    private static final Logger log = LoggerFactory.getLogger(CompiledRules.class);
    /** Raised when the layout of an entry changes, so entries of older builds are never misread. */
    private static final String FORMAT = "compiled-rules-1";
    /** The classes the DRL and the generated tables are compiled against: a change to one invalidates every entry. */
    private static final List<Class<?>> FACT_CLASSES = List.of(DocumentFact.class, DossierFact.class, ClaimFact.class,
            IndicatorFact.class, Finding.class, Grade.class, Conventions.class, Severity.class, FoldedTexts.class,
            RuleTable.class, TableChecks.class);

    /** Where the jar holds the built-in rules compiled when it was built ({@link BuiltInCompiledRules}). */
    static final String BUILT_IN = "kiemchung-compiled-rules/";
    /** Off switch, for measuring and for tests: {@code -Dkiemchung.built-in-compiled-rules=false}. */
    static final String BUILT_IN_SWITCH = "kiemchung.built-in-compiled-rules";

    /** Null when entries are only read from {@link #builtIn}. */
    private final Path folder;
    /** Where the entries built into the jar are looked up after the folder; null for none. */
    private final ClassLoader builtIn;

    CompiledRules(Path folder) {
        this(folder, builtInLoader());
    }

    /**
     * @param folder  where entries are kept between runs; null to keep nothing and only read {@code builtIn}
     * @param builtIn where entries compiled at build time are found (under {@link #BUILT_IN}), read-only; null for none
     */
    CompiledRules(Path folder, ClassLoader builtIn) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.builtIn = builtIn;
    }

    /** The entries built into the jar, when it has any and they are not switched off; empty otherwise. */
    static Optional<CompiledRules> builtInOnly() {
        ClassLoader loader = builtInLoader();
        return loader == null ? Optional.empty() : Optional.of(new CompiledRules(null, loader));
    }

    private static ClassLoader builtInLoader() {
        if (!Boolean.parseBoolean(System.getProperty(BUILT_IN_SWITCH, "true"))) {
            return null;
        }
        ClassLoader loader = CompiledRules.class.getClassLoader();
        return loader != null && loader.getResource(BUILT_IN + "index") != null ? loader : null;
    }

    /** Null when nothing is kept between runs (only the entries built into the jar are read). */
    Path folder() {
        return folder;
    }

    /** What an entry holds besides the compiled module: what a {@link RuleBase} says about itself. */
    record Entry(String version, List<String> files, List<RuleProblem> warnings) {
    }

    /** A knowledge base loaded from an entry. */
    record Loaded(KieBase kieBase, KieContainer container, KieModule module, Entry entry) {
    }

    /**
     * The key of a year's compiled rules: every file under {@code common/}, the year's folder,
     * {@code components/} and {@code conventions/} except rule cases (which are not compiled),
     * with the code they are compiled against.
     */
    String key(Path rulesRoot, int year) {
        Fingerprint key = Fingerprint.sha256().add(FORMAT).add(String.valueOf(year)).add("drools " + droolsVersion());
        for (Class<?> type : FACT_CLASSES) {
            key.add(type.getName()).add(classBytes(type));
        }
        for (String dir : List.of("common", String.valueOf(year), RuleCompiler.COMPONENTS, "conventions")) {
            Path base = rulesRoot.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(base)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !inCases(base, p))
                        .sorted(java.util.Comparator.comparing(p -> rulesRoot.relativize(p).toString().replace('\\', '/')))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                key.add(rulesRoot.relativize(file).toString().replace('\\', '/')).addFile(file);
            }
        }
        return year + "-" + key.hex().substring(0, 32);
    }

    /** The entry of a key, loaded into a knowledge base; empty when there is none or it is damaged (then deleted). */
    Optional<Loaded> load(String key) {
        Path module = folder == null ? null : folder.resolve(key + ".kjar");
        Path meta = folder == null ? null : folder.resolve(key + ".meta");
        if (module == null || !Files.isRegularFile(module) || !Files.isRegularFile(meta)) {
            return loadBuiltIn(key);
        }
        try {
            return Optional.of(load(Files.readAllBytes(module), Files.readAllBytes(meta)));
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("Compiled rules {} cannot be used ({}); compiling the rules again", module, e.toString());
            delete(module);
            delete(meta);
            return loadBuiltIn(key);
        }
    }

    /** The entry of a key built into the jar, when there is one and it loads; never deleted. */
    private Optional<Loaded> loadBuiltIn(String key) {
        Optional<byte[]> module = builtInBytes(key + ".kjar");
        Optional<byte[]> meta = module.isEmpty() ? Optional.empty() : builtInBytes(key + ".meta");
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        try {
            Loaded loaded = load(module.get(), meta.get());
            log.debug("Rules {} loaded as compiled when the jar was built", key);
            return Optional.of(loaded);
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("The jar's compiled rules {} cannot be used ({}); compiling the rules", key, e.toString());
            return Optional.empty();
        }
    }

    private static Loaded load(byte[] module, byte[] meta) throws IOException {
        Entry entry = readEntry(meta);
        KieServices ks = KieServices.Factory.get();
        KieModule kieModule = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(module));
        KieContainer container = ks.newKieContainer(kieModule.getReleaseId());
        KieBase kieBase = container.getKieBase();
        if (kieBase.getKiePackages().isEmpty() && !entry.files().isEmpty()) {
            throw new IllegalStateException("the module holds no rules");
        }
        return new Loaded(kieBase, container, kieModule, entry);
    }

    private Optional<byte[]> builtInBytes(String name) {
        if (builtIn == null) {
            return Optional.empty();
        }
        try (InputStream in = builtIn.getResourceAsStream(BUILT_IN + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * What the entry of a key says about its rules (their version), without loading the compiled module;
     * empty when there is no whole entry or it cannot be read.
     */
    Optional<Entry> entry(String key) {
        Path module = folder == null ? null : folder.resolve(key + ".kjar");
        Path meta = folder == null ? null : folder.resolve(key + ".meta");
        try {
            if (module != null && Files.isRegularFile(module) && Files.isRegularFile(meta)) {
                return Optional.of(readEntry(Files.readAllBytes(meta)));
            }
            if (builtIn != null && builtIn.getResource(BUILT_IN + key + ".kjar") != null) {
                Optional<byte[]> bytes = builtInBytes(key + ".meta");
                if (bytes.isPresent()) {
                    return Optional.of(readEntry(bytes.get()));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a compiled module; a cache that cannot be written only costs the next run a compile. */
    void store(String key, byte[] kjar, Entry entry) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            // the module first: an entry is whole once its .meta is there
            write(folder.resolve(key + ".kjar"), kjar);
            write(folder.resolve(key + ".meta"), writeEntry(entry));
        } catch (IOException | RuntimeException e) {
            log.warn("Compiled rules not kept in {}: {}", folder, e.toString());
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".entry", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static byte[] writeEntry(Entry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(entry.version());
            out.writeInt(entry.files().size());
            for (String file : entry.files()) {
                out.writeUTF(file);
            }
            out.writeInt(entry.warnings().size());
            for (RuleProblem w : entry.warnings()) {
                out.writeUTF(w.file());
                out.writeInt(w.line());
                out.writeBoolean(w.cell() != null);
                out.writeUTF(w.cell() == null ? "" : w.cell());
                writeLong(out, w.message());
                out.writeBoolean(w.error());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Entry readEntry(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!FORMAT.equals(in.readUTF())) {
                throw new IOException("not a " + FORMAT + " entry");
            }
            String version = in.readUTF();
            List<String> files = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                files.add(in.readUTF());
            }
            List<RuleProblem> warnings = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String file = in.readUTF();
                int line = in.readInt();
                boolean hasCell = in.readBoolean();
                String cell = in.readUTF();
                String message = readLong(in);
                warnings.add(new RuleProblem(file, line, hasCell ? cell : null, message, in.readBoolean()));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Entry(version, List.copyOf(files), List.copyOf(warnings));
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }

    /** writeUTF stops at 64 KB; a Drools message can be longer. */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("implausible length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static boolean inCases(Path base, Path file) {
        for (Path part : base.relativize(file)) {
            String name = part.toString();
            if (name.equals("cases") || name.startsWith(".")) {
                return true;
            }
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.startsWith("~$");
    }

    private static String droolsVersion() {
        try (InputStream in = CompiledRules.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: the class bytes below still tell builds apart
        }
        Package pkg = KieServices.class.getPackage();
        return pkg == null || pkg.getImplementationVersion() == null ? "unknown" : pkg.getImplementationVersion();
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next store to replace
        }
    }
}
