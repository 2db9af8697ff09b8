package vn.kiemchung.evidence;

import vn.kiemchung.platform.Refusal.Reason;
import vn.kiemchung.platform.Bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import vn.kiemchung.platform.ZipArchives;
import vn.kiemchung.platform.ZipRefusedException;

/**
 * Which uploads are taken: the type is decided by the content (Tika detection on the spooled
 * file, never the name the client sent), against the formats of the contract.
 */
final class UploadPolicy {

    static final String ZIP = "application/zip";

    /** Detected media type → the format named in the contract. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            // an encrypted DOCX/XLSX: accepted so that the report can say it is password-protected
            Map.entry("application/x-tika-ooxml-protected", "DOCX/XLSX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("image/jpeg", "JPG"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/tiff", "TIFF"),
            Map.entry(ZIP, "ZIP"));

    /** Formats that are ZIP containers: their expansion is checked before they are accepted. */
    static final Set<String> ZIP_CONTAINERS = Set.of(ZIP,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    static final String ALLOWED_LIST = "PDF, DOC/DOCX, XLS/XLSX, ODT/ODS, RTF, TXT, HTML, JPG/PNG/TIFF, ZIP";

    private static final Tika DETECTOR = new Tika();

    /** What a refused type is, in plain words: the media type itself only for what has no everyday name. */
    static Bilingual kindOf(String mediaType) {
        String t = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("msdownload") || t.contains("dosexec") || t.contains("executable") || t.contains("x-elf")
                || t.contains("mach-o") || t.contains("java-archive") || t.contains("x-msi")) {
            return Bilingual.of("upload.kind.program");
        }
        if (t.contains("x-sh") || t.contains("javascript") || t.contains("x-bat") || t.contains("powershell") || t.contains("x-python")) {
            return Bilingual.of("upload.kind.script");
        }
        if (t.contains("rar") || t.contains("7z") || t.contains("x-tar") || t.contains("gzip") || t.contains("bzip")) {
            return Bilingual.of("upload.kind.otherArchive");
        }
        if (t.startsWith("video/") || t.startsWith("audio/")) {
            return Bilingual.of("upload.kind.media");
        }
        if (t.startsWith("image/")) {
            return Bilingual.of("upload.kind.image", t.substring(6).toUpperCase(java.util.Locale.ROOT));
        }
        if (t.equals("application/octet-stream") || t.isEmpty()) {
            return Bilingual.of("upload.kind.unknown");
        }
        return Bilingual.of("upload.kind.other", mediaType);
    }

    private UploadPolicy() {
    }

    /** The media type by content only: no file name is given to the detector. */
    public static String detect(Path file) throws IOException {
        try (InputStream in = TikaInputStream.get(file)) {
            return DETECTOR.detect(in, new Metadata());
        }
    }

    public static boolean allowed(String mediaType) {
        return mediaType != null && ALLOWED.containsKey(mediaType);
    }

    /** Refuses (415) a type outside the contract, and (422) a ZIP container over its limits. */
    static void check(String name, String mediaType, Path file, long size, ZipArchives.Limits zips, boolean expansionChecked) {
        if (!allowed(mediaType)) {
            throw UploadRejectedException.keyed(Reason.UNSUPPORTED_TYPE, "refusal.upload.typeRefused", name,
                    kindOf(mediaType), ALLOWED_LIST);
        }
        // a ZIP upload: nesting and corruption too; an office file: expansion, unless already checked
        if (ZIP.equals(mediaType) || ZIP_CONTAINERS.contains(mediaType) && !expansionChecked) {
            checkZip(name, file, size, ZIP.equals(mediaType), zips);
        }
    }

    /** Refuses (422) a ZIP over the product's one set of limits ({@link ZipArchives}), naming the file and the reason. */
    static void checkZip(String name, Path file, long size, boolean archive, ZipArchives.Limits limits) {
        try {
            ZipArchives.check(name, file, size, archive, limits);
        } catch (ZipRefusedException e) {
            throw new UploadRejectedException(Reason.UNPROCESSABLE, e.words());
        }
    }
}
