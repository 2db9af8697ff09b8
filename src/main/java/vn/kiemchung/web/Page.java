package vn.kiemchung.web;

/**
 * Marks a controller that renders pages (not JSON): {@link PageSupport} gives it the signed-in account and
 * the language, and turns its refusals into the page it came from with the reason.
 */
public interface Page {
}
