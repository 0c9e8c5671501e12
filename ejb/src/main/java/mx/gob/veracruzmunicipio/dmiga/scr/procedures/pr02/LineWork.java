package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Mantenimiento attended the event (step 4). */
public record LineWork(
        @Label("Tipo de atención") @NotNull(message = "{pr02.tipo.requerido}") MaintenanceType type,
        @Label("Trabajo realizado") @NotBlank(message = "{trabajo.descripcion.requerida}")
        @Size(max = 2000, message = "{trabajo.descripcion.larga}") String work,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
