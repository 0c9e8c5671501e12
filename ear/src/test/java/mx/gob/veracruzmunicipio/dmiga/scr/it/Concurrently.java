package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs the same action on several of the server's managed threads at once, all released together,
 * each signed in as the same account: the way simultaneous users hit a session bean.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> List<T> as(String username, String password, int threads, Callable<T> action) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // Authenticated here: the domain is known on the test's own thread.
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<T> signedIn = () -> {
                ready.countDown();
                start.await();
                return identity.runAs(action);
            };
            futures.add(executor.submit(signedIn));
        }
        ready.await(30, TimeUnit.SECONDS);
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
