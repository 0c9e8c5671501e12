package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.OficioText;

/** Step 7 of PR-DMIGA-08: the results of the process, and the oficio that delivers them. */
public record DecideResults(
        @Label("Resultados") @NotBlank(message = "{decide.resultados.requeridos}")
        @Size(max = 4000, message = "{decide.resultados.largos}") String results,
        @Label("Asunto del oficio") @NotBlank(message = "{oficio.asunto.requerido}")
        @Size(max = 500, message = "{oficio.asunto.largo}") String subject,
        @Label("Texto del oficio") @NotBlank(message = "{oficio.cuerpo.requerido}")
        @Size(max = 8000, message = "{oficio.cuerpo.largo}") String body,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements OficioText {
}
