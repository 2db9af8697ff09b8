package vn.kiemchung.catalogue;

/** How a component indicator turns evidence into points. */
public enum ScoringMethod {
    /** full / partial / zero points decided by the rules on the documents */
    DOCUMENT,
    /** a count of qualifying documents or events, mapped through a step table */
    COUNT,
    /** a/b × max, a and b claimed in self-assessment.csv and checked against evidence */
    RATIO,
    /** the province's value placed between a configured minimum and maximum */
    MIN_MAX,
    /** measured by the ministry's survey: not scored by the province */
    SURVEY,
    /** measured by a national system: not scored by the province */
    SYSTEM
}
