package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 2B of PR-DMIGA-10: Development's analysis of the department's request and, when it was
 * needed ("en su caso"), the technical training on the platform.
 */
public record CeroFilasAnalysis(
        @Label("Análisis") @NotBlank(message = "{cerofilas.analisis.requerido}")
        @Size(max = 2000, message = "{cerofilas.analisis.largo}") String analysis,
        @Label("Capacitación técnica") @Size(max = 2000, message = "{cerofilas.capacitacion.larga}") String training,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
