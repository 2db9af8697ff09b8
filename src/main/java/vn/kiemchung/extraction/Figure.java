package vn.kiemchung.extraction;

import java.math.BigDecimal;

/**
 * A number stated in a document, with the phrase around it, e.g. "72,5%" in
 * "tỷ lệ hồ sơ xử lý trực tuyến đạt 72,5%". {@code unit} is "%" for percentages, else the
 * counted noun when one follows ("phiên họp", "hồ sơ"), else null.
 */
public record Figure(BigDecimal value, boolean percent, String unit, String phrase, int page, int line) {
}
