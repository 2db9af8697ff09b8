package vn.kiemchung.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the experts' rules live, and whether edits on disk go live by themselves.
 *
 * @param path    a rules folder that replaces the built-in rules (also {@code $KIEMCHUNG_RULES}); empty for
 *                the rules inside the jar
 * @param dataDir where the built-in rules are unpacked ({@code built-in/<hash>}) and where a table published
 *                over them is written ({@code published}), which then serves
 */
@ConfigurationProperties("kiemchung.rules")
public record RulesProperties(String path, @DefaultValue("true") boolean watch,
                              @DefaultValue("300") long debounceMillis,
                              @DefaultValue("./data/rules") String dataDir) {
}
