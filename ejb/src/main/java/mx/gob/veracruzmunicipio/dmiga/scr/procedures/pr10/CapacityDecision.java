package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 3 of PR-DMIGA-10: whether the department can implement Cero Filas, and why. The answer
 * chooses the route (installation or straight to the reply), so the reasons are always required.
 */
public record CapacityDecision(
        @Label("La dependencia tiene capacidad para implementar Cero Filas")
        @NotNull(message = "{cerofilas.capacidad.requerida}") Boolean hasCapacity,
        @Label("Motivos") @NotBlank(message = "{cerofilas.motivos.requeridos}")
        @Size(max = 2000, message = "{cerofilas.motivos.largos}") String reasons,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
