package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller is signed in but may not reach this data (e.g. one machine client asking for another
 * system's requests); the message says so in Spanish, and adapters answer "forbidden" (REST 403).
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
