package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.io.Serializable;
import java.util.Locale;

/**
 * What SAT's ConsultaCFDIService answered to one expression (its Acuse), and the outcome SCR reads
 * from it; when SAT did not answer, only the outcome NO_DISPONIBLE and the reason (failure).
 */
public record SatAnswer(SatStatus outcome, String statusCode, String state, String cancellable,
                        String cancellationStatus, String efosValidation, String failure) implements Serializable {

    /** SAT's code for an expression it has no CFDI for. */
    static final String NOT_FOUND_CODE = "N - 602";

    /**
     * Reads SAT's Acuse: "Vigente" and "Cancelado" as they are; "No Encontrado" or the code
     * N - 602 as not found. Anything else (e.g. N - 601, an expression SAT rejects) is no verdict:
     * the report waits at step 2, as when SAT does not answer, with the answer kept as evidence.
     */
    static SatAnswer of(String statusCode, String state, String cancellable, String cancellationStatus,
                        String efosValidation) {
        String estado = state == null ? "" : state.strip().toLowerCase(Locale.ROOT);
        SatStatus outcome;
        if (estado.equals("vigente")) {
            outcome = SatStatus.VIGENTE;
        } else if (estado.equals("cancelado")) {
            outcome = SatStatus.CANCELADO;
        } else if (estado.equals("no encontrado") || (statusCode != null && statusCode.strip().startsWith(NOT_FOUND_CODE))) {
            outcome = SatStatus.NO_ENCONTRADO;
        } else {
            outcome = SatStatus.NO_DISPONIBLE;
        }
        return new SatAnswer(outcome, statusCode, state, cancellable, cancellationStatus, efosValidation,
                outcome == SatStatus.NO_DISPONIBLE ? "El SAT no dio un estado reconocible" : null);
    }

    static SatAnswer unavailable(String failure) {
        return new SatAnswer(SatStatus.NO_DISPONIBLE, null, null, null, null, null, failure);
    }
}
