package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;

/**
 * SAT did not answer the verification of an invoice: step 2 was not taken (its query is kept), and
 * the message says, in Spanish, that the question will be asked again.
 */
public class SatUnavailableException extends ActionRefusedException {

    private static final long serialVersionUID = 1L;

    public SatUnavailableException(String message) {
        super(message);
    }
}
