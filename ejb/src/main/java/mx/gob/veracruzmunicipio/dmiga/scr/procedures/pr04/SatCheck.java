package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 2: what the SECRETARIA found in SAT for the invoice. Shaped like SAT's answer (Estado,
 * CodigoEstatus) so that the web-service check can fill it later.
 */
public record SatCheck(
        @Label("Estado en el SAT") @NotNull(message = "{sat.estado.requerido}") SatStatus status,
        @Label("Código de estatus del SAT") @Size(max = 200, message = "{sat.codigo.largo}") String statusCode,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
