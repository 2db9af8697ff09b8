package vn.kiemchung.review;

/** Where one component of a dossier stands in the coordinator's review. */
public enum ReviewStatus {
    DRAFT, SUBMITTED, IN_REVIEW, NEEDS_SUPPLEMENT, ACCEPTED
}
