package mx.gob.veracruzmunicipio.dmiga.scr.platform;

import jakarta.ejb.ApplicationException;

/**
 * Input that names something SCR does not have (or the caller may not see), e.g. an unknown folio:
 * invalid input whose adapters can answer "not found" (REST 404).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
