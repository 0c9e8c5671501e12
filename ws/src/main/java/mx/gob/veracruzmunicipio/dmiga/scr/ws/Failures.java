package mx.gob.veracruzmunicipio.dmiga.scr.ws;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

/**
 * How the adapters tell a client about an unexpected failure: transient (the database is down or
 * busy: retry later) or internal; either way logged here in full and answered without a stack trace.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    public static final String UNAVAILABLE = "El servicio no está disponible por el momento; reintente más tarde.";
    public static final String INTERNAL = "Error interno del servidor; quedó registrado para su revisión.";

    private Failures() {
    }

    /** Logs the failure and says whether a retry may succeed (a database or connection failure). */
    public static boolean isTransient(Throwable failure, String operation) {
        boolean retry = false;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof QueryTimeoutException
                    || cause.getClass().getName().startsWith("org.hibernate.exception.JDBCConnectionException")
                    || cause.getClass().getName().equals("jakarta.resource.ResourceException")) {
                retry = true;
                break;
            }
        }
        LOG.log(Level.SEVERE, operation + " failed" + (retry ? " (transient)" : ""), failure);
        return retry;
    }
}
