package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Consecutive failed sign-ins of one username and the end of its lockout. */
@Entity
@Table(name = "sign_in_lock")
public class SignInLock {

    @Id
    @Column(length = 100)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInLock() {
    }

    SignInLock(String username) {
        this.username = username;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts a failure; the {@code maxFailures}-th in a row, each within {@code lockout} of the
     * previous one, locks the username for {@code lockout}.
     */
    void failedAt(Instant now, int maxFailures, Duration lockout) {
        if (lastFailedAt != null && lastFailedAt.plus(lockout).isBefore(now)) {
            failures = 0;
        }
        lastFailedAt = now;
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
        }
    }

    void signedIn() {
        failures = 0;
        lockedUntil = null;
    }
}
