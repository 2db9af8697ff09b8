package vn.kiemchung.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * The Decree 30/2020 fields of one administrative document. A field that was not found is null
 * (lists are empty). Values are NFC Vietnamese text.
 *
 * @param docType         contract vocabulary: QUYET_DINH, KE_HOACH, CONG_VAN, ..., OTHER
 * @param number          as in the "Số:" line without "Số:", e.g. "123/QĐ-UBND", "17-NQ/TU"
 * @param issuer          issuing body as printed, upper case, lines joined: "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU"
 * @param parentIssuer    the line above the issuer (cơ quan chủ quản), e.g. "UBND TỈNH BẠC LIÊU"
 * @param dateUnfilled    true when the date line is the blank template "ngày … tháng … năm …"
 * @param signerAuthority "TM.", "KT.", "Q.", "TL.", "TUQ." or null when the head signs directly
 * @param copyForm        SAO_Y, SAO_LUC, TRICH_SAO or null for an original
 * @param province        the province the issuer belongs to, without "Tỉnh"/"Thành phố", e.g. "Bạc Liêu"
 */
public record DocumentFields(
        FieldValue<String> docType,
        FieldValue<String> number,
        FieldValue<String> issuer,
        FieldValue<String> parentIssuer,
        FieldValue<String> place,
        FieldValue<LocalDate> issuedOn,
        boolean dateUnfilled,
        FieldValue<String> subject,
        FieldValue<String> signerAuthority,
        FieldValue<String> signerPosition,
        FieldValue<String> signerName,
        List<String> recipients,
        FieldValue<String> copyForm,
        FieldValue<String> province,
        List<Figure> figures) {

    public static DocumentFields empty() {
        return new DocumentFields(null, null, null, null, null, null, false, null, null, null, null,
                List.of(), null, null, List.of());
    }

    public static <T> T valueOf(FieldValue<T> field) {
        return field == null ? null : field.value();
    }

    /** The Vietnamese name of a document type code (QUYET_DINH → "Quyết định"), for pages and reports. */
    public static String typeName(String code) {
        return vn.kiemchung.extraction.fields.DocumentFieldReader.documentTypeName(code);
    }

    /** The English name of a document type code (QUYET_DINH → "a decision"). */
    public static String typeNameEn(String code) {
        return vn.kiemchung.extraction.fields.DocumentFieldReader.documentTypeNameEn(code);
    }
}
