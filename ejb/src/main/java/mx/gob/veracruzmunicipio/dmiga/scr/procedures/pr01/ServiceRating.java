package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The requesting area signs the service and rates it 1–5 (step 5), in SCR or through Cero Papel. */
public record ServiceRating(
        @Label("Firmado por") @NotBlank(message = "{pr01.firma.requerida}")
        @Size(max = 200, message = "{pr01.firma.larga}") String signedBy,
        @Label("Calificación") @NotNull(message = "{pr01.calificacion.requerida}")
        @Min(value = 1, message = "{pr01.calificacion.rango}") @Max(value = 5, message = "{pr01.calificacion.rango}")
        Integer rating,
        @Label("Comentario") @Size(max = 2000, message = "{pr01.comentario.largo}") String comment,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /**
     * The signature as the report's signatures keep it, so that the rating counts wherever it was
     * given: in SCR by the area's person, who signs for their department, or through Cero Papel.
     */
    NewSignature toSignature(String department, Instant signedAt) {
        return new NewSignature(SignedDocument.REPORTE_SERVICIO, signedBy, "Área solicitante", department, signedAt,
                rating, comment);
    }
}
