package vn.kiemchung.catalogue;

import java.util.List;

/**
 * What evidence a component expects.
 *
 * @param docTypes    accepted document types in the contract vocabulary (QUYET_DINH, KE_HOACH...); empty = any
 * @param issuerKinds accepted kinds of issuer: PROVINCE_PARTY, PROVINCE_PEOPLES_COMMITTEE,
 *                    PROVINCE_COUNCIL, DEPARTMENT, STEERING_COMMITTEE, MINISTRY, ANY
 * @param keywords    phrases the content must mention (matched with and without diacritics); empty = none
 * @param signer      HEAD when the head must sign in person (deputy "KT." gets half), ANY otherwise
 * @param description the "Tài liệu kiểm chứng" text of the official table, for people
 */
public record EvidenceExpectation(List<String> docTypes, List<String> issuerKinds, List<String> keywords,
                                  String signer, String description) {
    public static EvidenceExpectation none() {
        return new EvidenceExpectation(List.of(), List.of("ANY"), List.of(), "ANY", "");
    }
}
