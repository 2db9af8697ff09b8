package vn.kiemchung.catalogue;

import java.math.BigDecimal;

/** A main indicator (chỉ số chính) such as "1 Nhận thức số", with its confirmed maximum. */
public record MainIndicator(String code, String group, String pillar, String nameVi, String nameEn,
                            BigDecimal maxPoints, int componentCount, boolean scored) {
}
