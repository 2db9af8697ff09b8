package vn.kiemchung.review;

/** A department (sở, ban, ngành) that supplies evidence for some components. */
public record Department(String code, String name) {
}
