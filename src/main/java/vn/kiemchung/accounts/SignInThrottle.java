package vn.kiemchung.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (form and HTTP Basic) per account and per address. After a few free
 * attempts each further failure locks that account, or that address, for a time that doubles with
 * every failure up to a ceiling; while locked even the right password is refused. A person's
 * successful sign-in (form or single sign-on) clears the account's count — not a script's Basic
 * request, nor the address's count, so neither resets a guessing run. A day without failures starts
 * a count again. Counts live in memory: a restart forgets them.
 */
@Component
public class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int freePerAccount;
    private final int freePerAddress;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(@Value("${kiemchung.sign-in.free-attempts-per-account:5}") int freePerAccount,
                   @Value("${kiemchung.sign-in.free-attempts-per-address:20}") int freePerAddress,
                   @Value("${kiemchung.sign-in.first-lock:30s}") Duration firstLock,
                   @Value("${kiemchung.sign-in.longest-lock:15m}") Duration longestLock) {
        this(freePerAccount, freePerAddress, firstLock, longestLock, Clock.systemUTC());
    }

    SignInThrottle(int freePerAccount, int freePerAddress, Duration firstLock, Duration longestLock, Clock clock) {
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.clock = clock;
    }

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    /** How long the account or the address stays locked, if it is. */
    public Optional<Duration> locked(String username, String address) {
        Instant now = clock.instant();
        Duration left = Duration.ZERO;
        for (Failures f : new Failures[] {username == null ? null : accounts.get(key(username)),
                address == null ? null : addresses.get(address)}) {
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration d = Duration.between(now, f.lockedUntil());
                left = d.compareTo(left) > 0 ? d : left;
            }
        }
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** A failed sign-in; answers whether it has just locked the account or the address. */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        forgetOldIfFull(now);
        boolean lockedNow = false;
        if (username != null) {
            lockedNow |= count(accounts, key(username), freePerAccount, now);
        }
        if (address != null) {
            lockedNow |= count(addresses, address, freePerAddress, now);
        }
        return lockedNow;
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Forgets every count (the tests share one server and one loopback address). */
    public void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    private boolean count(Map<String, Failures> counts, String key, int free, Instant now) {
        Failures f = counts.compute(key, (k, old) -> {
            // A quiet day starts the count again.
            int count = old == null || old.last().plus(Duration.ofDays(1)).isBefore(now) ? 1 : old.count() + 1;
            Instant until = old == null ? null : old.lockedUntil();
            if (count > free) {
                long doublings = Math.min(count - free - 1, 20);
                Duration lock = firstLock.multipliedBy(1L << doublings);
                until = now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
            }
            return new Failures(count, until, now);
        });
        return f.count() > free;
    }

    private void forgetOldIfFull(Instant now) {
        for (Map<String, Failures> counts : java.util.List.of(accounts, addresses)) {
            if (counts.size() > MAX_KEYS) {
                counts.values().removeIf(f -> f.last().plus(longestLock).isBefore(now)
                        && (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
            }
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
