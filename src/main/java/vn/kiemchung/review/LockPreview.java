package vn.kiemchung.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * What locking a dossier for the ministry would freeze: the components still at zero and the points
 * still at risk, shown before the coordinator confirms.
 */
public record LockPreview(long dossierId, BigDecimal projectedScore, BigDecimal maxScore, BigDecimal pointsAtRisk,
                          List<ZeroComponent> zeroComponents) {

    public record ZeroComponent(String code, String name, BigDecimal maxPoints) {
    }
}
