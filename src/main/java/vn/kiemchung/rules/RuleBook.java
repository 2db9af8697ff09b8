package vn.kiemchung.rules;

import vn.kiemchung.platform.Bilingual;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import vn.kiemchung.catalogue.Catalogues;
import org.slf4j.LoggerFactory;

/**
 * The rule bases in service, one per year. A reload compiles only the changed rule files when it
 * can (see {@link RuleBuild}), else builds the year anew and swaps it whole; a reload that fails
 * keeps the last good rules in service and reports where the problem is.
 */
public class RuleBook {

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private volatile RuleSource source;
    private volatile RuleCompiler compiler;
    /** Where a publication copies built-in rules to; null when publications write into the source itself. */
    private final Path publishedDir;
    private final List<Runnable> sourceListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Told the year and the new version each time the rules in service for a year change. */
    private final List<java.util.function.BiConsumer<Integer, String>> versionListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<Integer, RuleBase> live = new ConcurrentHashMap<>();
    private final Map<Integer, RuleBuild> builds = new ConcurrentHashMap<>();
    private final Map<Integer, List<RuleProblem>> lastProblems = new ConcurrentHashMap<>();
    /**
     * Where compiled rules are kept between runs, or only the rules compiled when the jar was built
     * (its folder null); null compiles on every start.
     */
    private volatile CompiledRules compiled;

    /** The rules of a folder, published into in place. */
    public RuleBook(Path rulesRoot) {
        this(new RuleSource(RuleSource.Kind.FOLDER, rulesRoot), null);
    }

    /**
     * @param publishedDir where a publication copies the built-in rules before writing, so the jar's
     *                     rules are never changed; that copy then serves
     */
    public RuleBook(RuleSource source, Path publishedDir) {
        this.source = source;
        // the rules compiled when the jar was built serve any folder holding the same rule files
        this.compiled = CompiledRules.builtInOnly().orElse(null);
        this.compiler = new RuleCompiler(source.root(), source.versionLabel(), compiled);
        this.publishedDir = publishedDir;
    }

    /**
     * Keeps compiled rules in {@code folder} between runs (Drools executable-model modules named by
     * the hash of the rule files), so a start whose rules did not change compiles nothing.
     */
    public synchronized RuleBook keepCompiledIn(Path folder) {
        return keepCompiledIn(new CompiledRules(folder));
    }

    synchronized RuleBook keepCompiledIn(CompiledRules rules) {
        compiled = rules;
        compiler = new RuleCompiler(source.root(), source.versionLabel(), compiled);
        return this;
    }

    public Path rulesRoot() {
        return source.root();
    }

    /** Where the rules in service come from. */
    public RuleSource source() {
        return source;
    }

    /** Called after the rules start to be served from another folder (a first publication over built-in rules). */
    public void onSourceChange(Runnable listener) {
        sourceListeners.add(listener);
    }

    /**
     * The folder a publication writes into: the source itself, except for built-in rules, which are
     * first copied to the published folder; from then on that copy serves.
     */
    public synchronized Path publishingRoot() {
        if (source.kind() == RuleSource.Kind.BUILT_IN && publishedDir != null) {
            RuleSource copy = source.copyForPublishing(publishedDir);
            log.info("Rules copied from the built-in set to {} for publishing; that copy serves from now on", copy.root());
            serveFrom(copy);
        }
        return source.root();
    }

    /**
     * Called with the year and its new version after a reload put other rules in service for that year
     * (a hot reload, a publication), and for every year in service when the rules start to come from
     * another folder (then with a null version: the year is compiled again on next use).
     */
    public void onVersionChange(java.util.function.BiConsumer<Integer, String> listener) {
        versionListeners.add(listener);
    }

    private void versionChanged(int year, String version) {
        for (var listener : versionListeners) {
            try {
                listener.accept(year, version);
            } catch (RuntimeException e) {
                log.warn("A listener of rule changes failed: {}", e.toString());
            }
        }
    }

    /**
     * The version a report of {@code year} would be made with now, when it is known without compiling
     * anything: the version in service, or, before the year is first used, the version of the compiled
     * rules kept by an earlier run for exactly these rule files. Empty when only compiling would tell.
     */
    public java.util.Optional<String> servedVersion(int year) {
        RuleBase base = live.get(year);
        if (base != null) {
            return java.util.Optional.of(base.guard().version());
        }
        RuleCompiler c = compiler;
        CompiledRules kept = c.compiled();
        if (kept == null || !years().contains(year)) {
            return java.util.Optional.empty();
        }
        try {
            return kept.entry(kept.key(c.rulesRoot(), year)).map(e -> c.labelled(e.version()));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void serveFrom(RuleSource next) {
        List<Integer> served = List.copyOf(live.keySet());
        source = next;
        compiler = new RuleCompiler(next.root(), next.versionLabel(), compiled);
        builds.values().forEach(RuleBuild::release);
        builds.clear();
        live.clear();
        lastProblems.clear();
        sourceListeners.forEach(Runnable::run);
        served.forEach(year -> versionChanged(year, null));
    }

    /**
     * The year's rule base, compiled on first use. Only a year that has a catalogue is compiled, so
     * the years kept in memory are the ones the rules folder defines.
     */
    public RuleBase forYear(int year) {
        RuleBase base = live.get(year);
        if (base != null) {
            return base;
        }
        requireCatalogue(year);
        synchronized (this) {
            return live.computeIfAbsent(year, y -> {
                RuleBuild build = RuleBuild.full(compiler, y);
                builds.put(y, build);
                return build.base();
            });
        }
    }

    /** Recompiles a year; on failure the previous rule base keeps serving and the exception says why. */
    public synchronized RuleBase reload(int year) {
        requireCatalogue(year);
        try {
            RuleBuild current = builds.get(year);
            RuleBuild next = current == null ? RuleBuild.full(compiler, year) : current.reload();
            if (current != null && next != current) {
                current.release();
            }
            builds.put(year, next);
            RuleBase fresh = next.base();
            RuleBase old = live.put(year, fresh);
            lastProblems.remove(year);
            log.info("Rules {} live ({} rules){}", fresh.version(), fresh.ruleNames().size(),
                    old == null ? "" : ", replacing " + old.version());
            if (old == null || !old.version().equals(fresh.version())) {
                versionChanged(year, fresh.version());
            }
            return fresh;
        } catch (RuleCompilationException e) {
            lastProblems.put(year, e.problems());
            log.error("Rules for {} rejected, the previous version keeps serving: {}", year, e.getMessage());
            throw e;
        }
    }

    /** Recompiles every year already in service. */
    public void reloadAll() {
        for (Integer year : List.copyOf(live.keySet())) {
            try {
                reload(year);
            } catch (RuleCompilationException ignored) {
                // already logged and recorded; the other years still reload
            }
        }
    }

    /** Years with a catalogue ({@code <year>/catalogue.csv}): the only ones compiled. */
    public List<Integer> years() {
        return Catalogues.yearsIn(rulesRoot());
    }

    private void requireCatalogue(int year) {
        if (!years().contains(year)) {
            throw new RuleCompilationException(year, List.of(new RuleProblem(String.valueOf(year), 0, null,
                    Bilingual.of("rules.noIndicatorSet", String.valueOf(year)).both(), true)));
        }
    }

    public List<RuleProblem> lastProblems(int year) {
        return lastProblems.getOrDefault(year, List.of());
    }

    public Map<Integer, RuleBase> live() {
        return Map.copyOf(live);
    }
}
