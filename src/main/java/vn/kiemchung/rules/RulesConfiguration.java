package vn.kiemchung.rules;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kiemchung.catalogue.CatalogueLoader;

/** The server's rule book over the configured rules folder, reloaded when files change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    @Bean
    RuleBook ruleBook(RulesProperties properties) {
        return new RuleBook(Path.of(properties.path()));
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
