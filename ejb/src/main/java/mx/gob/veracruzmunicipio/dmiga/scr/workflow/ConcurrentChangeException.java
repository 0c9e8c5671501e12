package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.ejb.ApplicationException;

/** Someone else changed the report first; the message says who and when, in Spanish. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
