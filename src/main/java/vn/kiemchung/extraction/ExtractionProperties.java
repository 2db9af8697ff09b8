package vn.kiemchung.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the server reads files: the background worker's batch and polling, the parse children's heap,
 * OCR on/off, and which Tesseract reads scans ("auto": the one inside the jar where this platform has
 * its natives, else the tesseract command; "embedded"; "system").
 */
@ConfigurationProperties("kiemchung.extraction")
public record ExtractionProperties(@DefaultValue("4") int batchSize, @DefaultValue("2000") long pollMillis,
                                   @DefaultValue("512m") String childHeap, @DefaultValue("true") boolean ocr,
                                   @DefaultValue("auto") String ocrEngine) {
}
