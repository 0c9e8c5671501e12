package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Mantenimiento raises the service report (step 3). For a phone request it also says whether the
 * event needs material the directorate lacks; then the observations must say which, because the
 * requesting area asks Adquisiciones for it itself (manual, PR-DMIGA-01 step 2).
 */
public record RaisedReport(
        @Label("Diagnóstico") @NotBlank(message = "{pr01.diagnostico.requerido}")
        @Size(max = 2000, message = "{pr01.diagnostico.largo}") String diagnosis,
        @Label("Requiere material con el que no cuenta la Dirección")
        @NotNull(message = "{pr01.materialFaltante.requerido}") Boolean materialMissing,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    @AssertTrue(message = "{pr01.materialFaltante.observaciones}")
    boolean isMissingMaterialWritten() {
        return !Boolean.TRUE.equals(materialMissing) || (observations != null && !observations.isBlank());
    }
}
