package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The provider answered its ticket (step 2A): resolved, or the directorate still has work to do. */
public record ProviderOutcome(
        @Label("Atención del proveedor") @NotBlank(message = "{pr02.proveedor.atencion.requerida}")
        @Size(max = 2000, message = "{pr02.proveedor.atencion.larga}") String outcome,
        @Label("Falla resuelta por el proveedor") @NotNull(message = "{pr02.proveedor.resuelta.requerida}")
        Boolean faultResolved,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
