package vn.kiemchung.rules;

/**
 * Published when other rules went into service for a year: a hot reload after the files changed, a
 * publication, or the rules starting to come from another folder.
 *
 * @param version the version now in service; null when the year will be compiled again on its next use
 */
public record RulesReloaded(int year, String version) {
}
