package vn.kiemchung.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.IncrementalResults;
import org.kie.internal.builder.InternalKieBuilder;
import vn.kiemchung.rules.RuleCompiler.Source;

/**
 * A year's rules kept compiled in a Drools container. A reload compares the rule files on disk
 * with those compiled: when the changed, added or removed files declare no types, functions,
 * queries or globals (before and after the change), only they are compiled and applied to the
 * knowledge base in service, which takes tens of milliseconds instead of a whole build's second;
 * anything else is built again from scratch. A change that does not compile leaves the rules in
 * service untouched, and the next reload builds everything again.
 */
final class RuleBuild {

    /** How many times rule files were compiled in this JVM (whole builds; tests count them). */
    static final java.util.concurrent.atomic.AtomicLong COMPILATIONS = new java.util.concurrent.atomic.AtomicLong();

    private final RuleCompiler compiler;
    private final int year;
    private final KieServices ks;
    private final KieFileSystem kfs;
    private final KieBuilder builder;
    private final ReleaseId releaseId;
    private final KieContainer container;
    private Map<String, Source> byRel;
    private RuleBase base;
    /** The key of the compiled-rules entry this build was loaded from or stored as; null when not kept. */
    private final String compiledKey;
    /** Released (module dropped) or left half-updated by a failed change: the next reload builds anew. */
    private boolean stale;

    private RuleBuild(RuleCompiler compiler, int year, KieServices ks, KieFileSystem kfs, KieBuilder builder,
                      ReleaseId releaseId, KieContainer container, Map<String, Source> byRel, RuleBase base,
                      String compiledKey) {
        this.compiler = compiler;
        this.year = year;
        this.ks = ks;
        this.kfs = kfs;
        this.builder = builder;
        this.releaseId = releaseId;
        this.container = container;
        this.byRel = byRel;
        this.base = base;
        this.compiledKey = compiledKey;
    }

    /**
     * The year's rules: loaded from the compiled rules kept by an earlier run when the rule files are
     * the same, else built (and kept, when the compiler keeps compiled rules); throws naming every
     * problem's file and place.
     */
    static RuleBuild full(RuleCompiler compiler, int year) {
        CompiledRules compiled = compiler.compiled();
        if (compiled == null) {
            return fullFromSources(compiler, year);
        }
        Conventions conventions = conventions(compiler, year);
        String key = compiled.key(compiler.rulesRoot(), year);
        java.util.Optional<CompiledRules.Loaded> hit = compiled.load(key);
        if (hit.isPresent()) {
            CompiledRules.Loaded loaded = hit.get();
            String version = compiler.labelled(loaded.entry().version());
            RuleBase base = new RuleBase(year, version, loaded.kieBase(), RuleCompiler.ruleNames(loaded.kieBase()),
                    loaded.entry().files(), loaded.entry().warnings(), new RuleBase.Guard(version), conventions);
            return new RuleBuild(compiler, year, KieServices.Factory.get(), null, null, loaded.module().getReleaseId(),
                    loaded.container(), null, base, key);
        }
        // nowhere to keep what is compiled: the plain build, which costs less than an executable model
        return compiled.folder() == null ? fullFromSources(compiler, year) : compileAndKeep(compiler, year, compiled, key, conventions);
    }

    /**
     * Compiles the year as a Drools executable model (the rules turned into Java classes), which a
     * later run loads without parsing or compiling anything, and keeps it. Rules that do not compile
     * are built again the usual way, whose messages name the file and line.
     */
    private static RuleBuild compileAndKeep(RuleCompiler compiler, int year, CompiledRules compiled, String key,
                                            Conventions conventions) {
        List<Source> sources = compiler.sources(year);
        throwIfUnreadable(year, sources);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("vn.kiemchung", "compiled-rules-" + year, "1.0.0-" + key.substring(key.indexOf('-') + 1));
        kfs.generateAndWritePomXML(releaseId);
        for (Source s : sources) {
            kfs.write(s.kfsPath(), resource(ks, s));
        }
        COMPILATIONS.incrementAndGet();
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        Map<String, Source> byRel = byRel(sources);
        List<RuleProblem> problems = RuleCompiler.problems(
                builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING), byKfsPath(byRel));
        if (problems.stream().anyMatch(RuleProblem::error)) {
            ks.getRepository().removeKieModule(releaseId);
            return fullFromSources(compiler, year);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        String unlabelled = unlabelledVersion(year, sources, conventions);
        compiled.store(key, ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes(),
                new CompiledRules.Entry(unlabelled, rels(sources), problems));
        String version = compiler.labelled(unlabelled);
        RuleBase base = new RuleBase(year, version, kieBase, RuleCompiler.ruleNames(kieBase), rels(sources),
                problems, new RuleBase.Guard(version), conventions);
        return new RuleBuild(compiler, year, ks, null, null, releaseId, container, byRel, base, key);
    }

    /** Builds every rule file of the year from its source, or throws naming every problem's file and place. */
    static RuleBuild fullFromSources(RuleCompiler compiler, int year) {
        Conventions conventions = conventions(compiler, year);
        List<Source> sources = compiler.sources(year);
        throwIfUnreadable(year, sources);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = RuleCompiler.nextRelease(ks, year);
        kfs.generateAndWritePomXML(releaseId);
        for (Source s : sources) {
            kfs.write(s.kfsPath(), resource(ks, s));
        }
        COMPILATIONS.incrementAndGet();
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Map<String, Source> byRel = byRel(sources);
        List<RuleProblem> problems = RuleCompiler.problems(
                builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING), byKfsPath(byRel));
        if (problems.stream().anyMatch(RuleProblem::error)) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(year, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        String version = version(compiler, year, sources, conventions);
        RuleBase base = new RuleBase(year, version, kieBase, RuleCompiler.ruleNames(kieBase), rels(sources),
                problems, new RuleBase.Guard(version), conventions);
        return new RuleBuild(compiler, year, ks, kfs, builder, releaseId, container, byRel, base, null);
    }

    RuleBase base() {
        return base;
    }

    /**
     * The rules as they are on disk now. Returns this build, updated in place when the change
     * allowed it, or a new whole build (the caller then {@linkplain #release() releases} this one).
     */
    synchronized RuleBuild reload() {
        if (stale) {
            return full(compiler, year);
        }
        if (builder == null) {
            // Loaded or kept as compiled classes: nothing to update in place. The same files keep this
            // build; a change is built from the sources, so the reloads after it are incremental.
            if (compiledKey != null && compiledKey.equals(compiler.compiled().key(compiler.rulesRoot(), year))) {
                return this;
            }
            return fullFromSources(compiler, year);
        }
        Conventions conventions = conventions(compiler, year);
        if (!conventions.hash().equals(base.conventions().hash())) {
            // The conventions are facts of every evaluation, not rules: a change gives a new rule base.
            return full(compiler, year);
        }
        List<Source> now = compiler.sources(year);
        throwIfUnreadable(year, now);
        Map<String, Source> next = byRel(now);
        List<Source> changed = now.stream()
                .filter(s -> !byRel.containsKey(s.rel()) || !byRel.get(s.rel()).hash().equals(s.hash())).toList();
        List<Source> removed = byRel.values().stream().filter(s -> !next.containsKey(s.rel())).toList();
        if (changed.isEmpty() && removed.isEmpty()) {
            return this;
        }
        boolean definitionsTouched = Stream.of(changed.stream(), removed.stream(),
                        changed.stream().map(s -> byRel.get(s.rel())).filter(Objects::nonNull))
                .flatMap(s -> s).anyMatch(Source::sharesDefinitions);
        if (definitionsTouched) {
            return full(compiler, year);
        }
        List<String> paths = new ArrayList<>();
        for (Source s : changed) {
            kfs.write(s.kfsPath(), resource(ks, s));
            paths.add(s.kfsPath());
        }
        for (Source s : removed) {
            kfs.delete(s.kfsPath());
            paths.add(s.kfsPath());
        }
        IncrementalResults results = ((InternalKieBuilder) builder).createFileSet(paths.toArray(String[]::new)).build();
        Map<String, Source> byKfs = byKfsPath(next);
        removed.forEach(s -> byKfs.put(s.kfsPath(), s));
        List<RuleProblem> problems = RuleCompiler.problems(results.getAddedMessages().stream()
                .filter(m -> m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING).toList(), byKfs);
        if (problems.stream().anyMatch(RuleProblem::error)) {
            // The knowledge base in service was not touched; the builder's module may have been.
            stale = true;
            throw new RuleCompilationException(year, problems);
        }
        String version = version(compiler, year, now, conventions);
        RuleBase.Guard guard = base.guard();
        guard.lock().writeLock().lock();
        try {
            Results update = container.updateToVersion(releaseId);
            List<Message> errors = update.getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                stale = true;
                throw new RuleCompilationException(year, RuleCompiler.problems(errors, byKfs));
            }
            guard.moveTo(version);
        } finally {
            guard.lock().writeLock().unlock();
        }
        List<String> touched = Stream.concat(changed.stream(), removed.stream()).map(Source::rel).toList();
        List<RuleProblem> warnings = new ArrayList<>(base.warnings().stream().filter(w -> !touched.contains(w.file())).toList());
        warnings.addAll(problems);
        byRel = next;
        base = new RuleBase(year, version, base.kieBase(), RuleCompiler.ruleNames(base.kieBase()), rels(now),
                List.copyOf(warnings), guard, conventions);
        return this;
    }

    /** The conventions of the rules folder; a problem in them fails the build like a rule that does not compile. */
    private static Conventions conventions(RuleCompiler compiler, int year) {
        try {
            return ConventionsLoader.load(compiler.rulesRoot());
        } catch (RuleCompilationException e) {
            throw new RuleCompilationException(year, e.problems());
        }
    }

    /** The rule files' version, with the conventions' hash mixed in when the folder has conventions. */
    private static String version(RuleCompiler compiler, int year, List<Source> sources, Conventions conventions) {
        return compiler.labelled(unlabelledVersion(year, sources, conventions));
    }

    private static String unlabelledVersion(int year, List<Source> sources, Conventions conventions) {
        if (conventions.hash().isEmpty()) {
            return RuleCompiler.version(year, sources);
        }
        List<Source> all = new ArrayList<>(sources);
        all.add(new Source("conventions", "", conventions.hash(), null, false, null));
        return RuleCompiler.version(year, all);
    }

    /** Drops the compiled module from Drools' repository; the knowledge base keeps working without it. */
    synchronized void release() {
        stale = true;
        ks.getRepository().removeKieModule(releaseId);
    }

    private static void throwIfUnreadable(int year, List<Source> sources) {
        List<RuleProblem> unreadable = sources.stream().flatMap(s -> s.problems().stream()).toList();
        if (!unreadable.isEmpty()) {
            throw new RuleCompilationException(year, unreadable);
        }
    }

    private static Resource resource(KieServices ks, Source s) {
        return ks.getResources().newByteArrayResource(s.drl().getBytes(StandardCharsets.UTF_8)).setResourceType(ResourceType.DRL);
    }

    private static Map<String, Source> byRel(List<Source> sources) {
        Map<String, Source> map = new LinkedHashMap<>();
        sources.forEach(s -> map.put(s.rel(), s));
        return map;
    }

    private static Map<String, Source> byKfsPath(Map<String, Source> byRel) {
        Map<String, Source> map = new LinkedHashMap<>();
        byRel.values().forEach(s -> map.put(s.kfsPath(), s));
        return map;
    }

    private static List<String> rels(List<Source> sources) {
        return sources.stream().map(Source::rel).toList();
    }
}
