package vn.kiemchung.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the experts' rules live, and whether edits on disk go live by themselves. */
@ConfigurationProperties("kiemchung.rules")
public record RulesProperties(@DefaultValue("./rules") String path, @DefaultValue("true") boolean watch,
                              @DefaultValue("300") long debounceMillis) {
}
