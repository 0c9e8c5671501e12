package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The rules of signing in to the intranet, around the server's own password check (the intranet's
 * login page calls {@link #check} before asking the Elytron domain and {@link #failed} or
 * {@link #succeeded} after): 5 failed sign-ins in a row lock the username for 15 minutes, even
 * with the right password, and every attempt is audited with its time and address.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIn {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Before the password is checked: refuses (and audits) a username that is locked out. */
    public SignInDecision check(String username, String address) {
        String name = normalize(username);
        Instant now = clock.instant();
        SignInLock lock = em.find(SignInLock.class, name);
        if (lock != null && lock.isLockedAt(now)) {
            audit(name, now, address, SignInOutcome.LOCKED);
            return SignInDecision.lockedUntil(lock.getLockedUntil());
        }
        return SignInDecision.allow();
    }

    /** The server refused the credentials: audits it and counts it towards the lockout. */
    public SignInDecision failed(String username, String address) {
        String name = normalize(username);
        Instant now = clock.instant();
        audit(name, now, address, SignInOutcome.FAILED);
        SignInLock lock = em.find(SignInLock.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            lock = new SignInLock(name);
            em.persist(lock);
        }
        lock.failedAt(now, MAX_FAILURES, LOCKOUT);
        return lock.isLockedAt(now) ? SignInDecision.lockedUntil(lock.getLockedUntil()) : SignInDecision.allow();
    }

    /**
     * The server accepted the credentials. Returns whether the account may use the intranet: a
     * machine client may not (audited as {@link SignInOutcome#NOT_STAFF}).
     */
    public boolean succeeded(String username, String address) {
        String name = normalize(username);
        Instant now = clock.instant();
        Set<Role> roles = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).getResultStream().findFirst()
                .map(UserAccount::getRoles).orElse(Set.of());
        boolean staff = roles.stream().anyMatch(role -> !role.isMachineClient());
        audit(name, now, address, staff ? SignInOutcome.SIGNED_IN : SignInOutcome.NOT_STAFF);
        SignInLock lock = em.find(SignInLock.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (lock != null) {
            lock.signedIn();
        }
        return staff;
    }

    private void audit(String username, Instant now, String address, SignInOutcome outcome) {
        em.persist(new SignInAttempt(username, now, address == null ? "desconocida" : truncate(address, 64), outcome));
    }

    private static String normalize(String username) {
        return truncate(username == null ? "" : username.trim(), 100);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
