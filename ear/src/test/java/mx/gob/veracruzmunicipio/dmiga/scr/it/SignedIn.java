package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as an account of SCR's security domain, signed in with its password through the
 * same realm the intranet and the web services use (no test-only identities).
 */
public final class SignedIn {

    /**
     * Each account signs in once per test deployment: a PBKDF2 verification costs a good part of a
     * second by design, and the identity it yields does not change while the test runs.
     */
    private static final Map<String, SecurityIdentity> IDENTITIES = new ConcurrentHashMap<>();

    private SignedIn() {
    }

    public static <T> T as(String username, String password, Callable<T> action) throws Exception {
        return as(SecurityDomain.getCurrent(), username, password, action);
    }

    /**
     * The same from a thread the test started itself: such a thread has no current domain, so the
     * test passes the one it got from {@link SecurityDomain#getCurrent()}.
     */
    public static <T> T as(SecurityDomain domain, String username, String password, Callable<T> action)
            throws Exception {
        SecurityIdentity identity = IDENTITIES.computeIfAbsent(username + '\u0000' + password, key -> {
            try {
                return domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            } catch (Exception e) {
                throw new IllegalStateException(username + " could not sign in", e);
            }
        });
        return identity.runAs(action);
    }
}
