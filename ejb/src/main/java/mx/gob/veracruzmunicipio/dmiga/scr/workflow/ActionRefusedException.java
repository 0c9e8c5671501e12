package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.ejb.ApplicationException;

/** The caller may not take this action on this report now; the message says why, in Spanish. */
@ApplicationException(rollback = true)
public class ActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionRefusedException(String message) {
        super(message);
    }
}
