package vn.kiemchung.evidence;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** /actuator/health is DOWN while the evidence store cannot be reached (uploads answer 503 then). */
@Component("evidenceStorage")
class StorageHealth implements HealthIndicator {

    private final EvidenceStore store;

    StorageHealth(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        return store.available() ? Health.up().build() : Health.down().withDetail("reason", "evidence store unreachable").build();
    }
}
