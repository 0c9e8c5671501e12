package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The requesting area signs the service and rates it 1–5 in Cero Papel (step 5). */
public record ServiceRating(
        @Label("Firmado por") @NotBlank(message = "{pr01.firma.requerida}")
        @Size(max = 200, message = "{pr01.firma.larga}") String signedBy,
        @Label("Calificación") @NotNull(message = "{pr01.calificacion.requerida}")
        @Min(value = 1, message = "{pr01.calificacion.rango}") @Max(value = 5, message = "{pr01.calificacion.rango}")
        Integer rating,
        @Label("Comentario") @Size(max = 2000, message = "{pr01.comentario.largo}") String comment,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
