package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FilledBySystem;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 2: SAT's verdict on the invoice. The SECRETARIA only asks (and may add observations);
 * {@link PaymentOrderProcedure#checkSat} asks SAT's ConsultaCFDIService and fills status and code
 * from its answer, whatever the form posted.
 */
public record SatCheck(
        @Label("Estado en el SAT") @FilledBySystem @NotNull(message = "{sat.estado.requerido}") SatStatus status,
        @Label("Código de estatus del SAT") @FilledBySystem @Size(max = 200, message = "{sat.codigo.largo}") String statusCode,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /** The person's request: what SAT answers is filled in later. */
    public static SatCheck ask(String observations) {
        return new SatCheck(null, null, observations);
    }
}
