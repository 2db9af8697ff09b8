package vn.kiemchung.evidence;

/** A withdrawn file with its withdrawal, as the component page lists it. */
public record WithdrawnFile(Evidence evidence, WithdrawnEvidence withdrawal) {
}
