package vn.kiemchung.rules;

import vn.kiemchung.extraction.VietnameseText;

/**
 * Sorts an issuing body into the kinds the catalogue asks for, from the issuer line, the line
 * above it and the symbol of the number (…/QĐ-UBND, …-NQ/TU, …/KH-STTTT).
 */
final class IssuerKinds {
    private IssuerKinds() {
    }

    static String classify(String issuer, String parentIssuer, String number) {
        String i = VietnameseText.fold(issuer == null ? "" : issuer);
        String n = number == null ? "" : number.toUpperCase();
        if (i.isBlank() && n.isBlank()) {
            return "UNKNOWN";
        }
        if (i.contains("ban chi dao") || n.contains("BCĐ") || n.contains("BCD")) {
            return "STEERING_COMMITTEE";
        }
        if (i.contains("tinh uy") || i.contains("thanh uy") || i.contains("ban thuong vu") || n.endsWith("/TU")) {
            return "PROVINCE_PARTY";
        }
        if (i.startsWith("bo ") || i.contains(" bo ") || i.contains("thu tuong") || i.contains("chinh phu")) {
            return "MINISTRY";
        }
        if (i.contains("hoi dong nhan dan") || i.startsWith("hdnd")) {
            return i.contains("huyen") || i.contains("xa ") ? "DISTRICT" : "PROVINCE_COUNCIL";
        }
        if (i.startsWith("so ") || (i.contains(" so ") && !i.contains("uy ban"))) {
            return "DEPARTMENT";
        }
        if (i.contains("uy ban nhan dan") || i.startsWith("ubnd") || n.endsWith("-UBND")) {
            if (i.contains("huyen") || i.contains("thi xa") || i.contains(" xa ") || i.contains("phuong")) {
                return "DISTRICT";
            }
            return "PROVINCE_PEOPLES_COMMITTEE";
        }
        if (i.contains("huyen") || i.contains("thi xa")) {
            return "DISTRICT";
        }
        return "OTHER";
    }
}
