package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Mantenimiento verified and analyzed the damage on site (step 2) and the directorate attends it. */
public record DamageAnalysis(
        @Label("Diagnóstico en sitio") @NotBlank(message = "{pr02.diagnostico.requerido}")
        @Size(max = 2000, message = "{pr02.diagnostico.largo}") String findings,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
