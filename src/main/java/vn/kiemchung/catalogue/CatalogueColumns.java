package vn.kiemchung.catalogue;

import java.util.List;

/** Column names of the two catalogue files, shared by the loader and the writer so they cannot drift apart. */
final class CatalogueColumns {

    static final String MAIN_FILE = "main-indicators.csv";
    static final String CATALOGUE_FILE = "catalogue.csv";

    static final List<String> MAIN = List.of("code", "group", "pillar", "name_vi", "name_en", "max_points",
            "component_count", "scored", "source");
    static final List<String> MAIN_REQUIRED = List.of("code", "name_vi", "max_points");

    static final List<String> CATALOGUE = List.of("code", "main_code", "name_vi", "name_en", "max_points", "method",
            "validity", "supplier", "verifier", "doc_types", "issuer_kinds", "keywords", "signer", "steps",
            "min_value", "max_value", "evidence", "verified", "source");
    static final List<String> CATALOGUE_REQUIRED = List.of("code", "main_code", "name_vi", "max_points", "method");

    /** The kinds rules/conventions/issuers.csv sorts issuers into (its units acting for a parent count as the parent). */
    static final List<String> ISSUER_KINDS = List.of("PROVINCE_PARTY", "PROVINCE_PEOPLES_COMMITTEE",
            "PROVINCE_COUNCIL", "DEPARTMENT", "STEERING_COMMITTEE", "MINISTRY", "OFFICE_OF_PEOPLES_COMMITTEE",
            "DISTRICT", "COMMUNE", "POLICE", "STATISTICS", "TELECOM", "BANK", "ANY");
    static final List<String> SIGNERS = List.of("HEAD", "ANY");

    private CatalogueColumns() {
    }
}
