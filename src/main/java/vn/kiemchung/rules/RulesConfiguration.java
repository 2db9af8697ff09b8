package vn.kiemchung.rules;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kiemchung.catalogue.CatalogueLoader;
import vn.kiemchung.catalogue.CatalogueSource;

/** The server's rule book over the configured rules folder, reloaded when files change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    /**
     * The rule book; its compiled rules are kept under {@code <data-dir>/compiled} (Drools executable
     * model, named by the hash of the rule files), so a start whose rules did not change compiles nothing.
     * Every change of the rules in service is published as {@link RulesReloaded}.
     */
    @Bean
    RuleBook ruleBook(RulesProperties properties, ApplicationEventPublisher events) {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        RuleSource source = chooseSource(properties.path(), System.getenv("KIEMCHUNG_RULES"), dataDir);
        log.info("Serving {}", source.describe());
        RuleBook book = new RuleBook(source, dataDir.resolve("published")).keepCompiledIn(dataDir.resolve("compiled"));
        book.onVersionChange((year, version) -> events.publishEvent(new RulesReloaded(year, version)));
        return book;
    }

    /**
     * A configured folder (setting, then environment) replaces the built-in rules; else a copy
     * published on this server; else the rules inside the jar.
     */
    static RuleSource chooseSource(String configured, String environment, Path dataDir) {
        for (String given : new String[] {configured, environment}) {
            if (given != null && !given.isBlank()) {
                return RuleSource.folder(Path.of(given.strip()));
            }
        }
        return RuleSource.published(dataDir.resolve("published"))
                .orElseGet(() -> RuleSource.builtIn(dataDir.resolve("built-in")));
    }

    /** The indicator sets of the rules in service, for every module that needs one (pages, audits). */
    @Bean
    CatalogueSource catalogueSource(RuleBook book) {
        return CatalogueSource.under(book::rulesRoot);
    }

    @Bean
    RuleAuthoring ruleAuthoring(RuleBook book) {
        return new RuleAuthoring(book, year -> new CatalogueLoader().load(book.rulesRoot().resolve(String.valueOf(year))));
    }

    @Bean(destroyMethod = "close")
    RulesWatcher rulesWatcher(RuleBook book, RulesProperties properties) {
        RulesWatcher watcher = new RulesWatcher(book, properties.debounceMillis());
        if (properties.watch()) {
            watcher.start();
        }
        return watcher;
    }
}
