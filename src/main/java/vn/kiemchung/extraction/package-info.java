/** Extraction: reads each file in isolation (Tika, OCR), normalises Vietnamese text and extracts the Decree 30 fields. */
package vn.kiemchung.extraction;
