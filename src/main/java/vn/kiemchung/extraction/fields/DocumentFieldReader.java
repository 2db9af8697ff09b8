package vn.kiemchung.extraction.fields;

import vn.kiemchung.extraction.DocumentFields;

/** Interim: replaced by the per-field extractors. */
public class DocumentFieldReader {
    public DocumentFields read(String normalizedText) {
        return DocumentFields.empty();
    }
}
