package vn.kiemchung.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock of the test's own (the server-side attacks are in web/SignInTests). */
class SignInThrottleTests {

    @Test
    void theLockGrowsWithEachFailureUpToACeilingAndThenExpires() {
        MutableClock clock = new MutableClock();
        SignInThrottle t = new SignInThrottle(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(t.failed("a", "10.0.0.1")).isFalse();
        }
        assertThat(t.locked("a", "10.0.0.9")).isEmpty();
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            assertThat(t.failed("A", "10.0.0.1")).as("the same account, whatever the case").isTrue();
            locks.add(t.locked("a", "10.0.0.9").orElseThrow());
        }
        assertThat(locks).startsWith(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240));
        assertThat(locks.get(locks.size() - 1)).isEqualTo(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(t.locked("a", "10.0.0.9")).isEmpty();
        t.succeeded("a");
        assertThat(t.failed("a", "10.0.0.9")).as("a success starts the account's count again").isFalse();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
