package vn.kiemchung.assessment;

import vn.kiemchung.extraction.ExtractedDocument;

/** A document as filed in a dossier: its path (relative, '/' separators), component and what was read. */
public record FiledDocument(String path, String indicatorCode, ExtractedDocument document) {
}
