package vn.kiemchung.extraction.parsing;

import vn.kiemchung.extraction.RawText;

/**
 * The child's answer to one {@link ParseRequest}.
 *
 * @param needsOcr true when the file has pages or images without text that OCR could read,
 *                 so the parent can send it again to the OCR pool
 * @param millis   time the child spent on the file, for logs and tuning
 */
public record ParseReply(RawText raw, boolean needsOcr, long millis) {
}
