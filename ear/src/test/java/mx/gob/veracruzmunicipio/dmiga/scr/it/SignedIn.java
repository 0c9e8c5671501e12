package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as an account of SCR's security domain, signed in with its password through the
 * same realm the intranet and the web services use (no test-only identities).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, String password, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(action);
    }
}
