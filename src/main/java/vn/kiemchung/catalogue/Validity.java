package vn.kiemchung.catalogue;

/** Which documents count for a component: issued within the assessment year, or still in force. */
public enum Validity { IN_YEAR, IN_FORCE }
