package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import jakarta.ejb.ApplicationException;

/**
 * A well-formed request that contradicts what SCR already recorded (e.g. a different result for a
 * request whose result is final): nothing changes, and adapters answer "conflict" (REST 409).
 */
@ApplicationException(rollback = true)
public class ConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
