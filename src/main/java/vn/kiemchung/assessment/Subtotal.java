package vn.kiemchung.assessment;

import java.math.BigDecimal;

/**
 * Points added up over main indicators that share a group ("Nhóm chỉ số nền tảng chung") or a
 * pillar ("Chính quyền số"). Foundation indicators score in every pillar and the official split
 * is not known, so they are totalled under their group, not spread over pillars.
 *
 * @param kind GROUP or PILLAR
 */
public record Subtotal(String kind, String name, BigDecimal projectedPoints, BigDecimal maxPoints) {
}
