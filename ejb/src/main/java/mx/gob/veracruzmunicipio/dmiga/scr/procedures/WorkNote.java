package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** What was done in a step of work (analysis, design, programming, installation…). */
public record WorkNote(
        @Label("Trabajo realizado") @NotBlank(message = "{trabajo.descripcion.requerida}")
        @Size(max = 2000, message = "{trabajo.descripcion.larga}") String work,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
