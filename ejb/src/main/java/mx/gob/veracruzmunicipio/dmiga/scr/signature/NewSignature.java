package mx.gob.veracruzmunicipio.dmiga.scr.signature;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A signature as Cero Papel reports it ({@code RegistrarFirma/firma} without the folio): the
 * document, the signer, when they signed and, for a service report, the rating of the service.
 */
public record NewSignature(
        @NotNull(message = "{firma.documento.requerido}") SignedDocument document,
        @NotBlank(message = "{firma.firmante.requerido}")
        @Size(max = 200, message = "{firma.firmante.largo}") String signerName,
        @NotBlank(message = "{firma.cargo.requerido}")
        @Size(max = 200, message = "{firma.cargo.largo}") String signerPosition,
        @NotBlank(message = "{firma.dependencia.requerida}")
        @Size(max = 200, message = "{firma.dependencia.larga}") String signerDepartment,
        @NotNull(message = "{firma.fecha.requerida}") Instant signedAt,
        @Min(value = 1, message = "{firma.calificacion.rango}")
        @Max(value = 5, message = "{firma.calificacion.rango}") Integer rating,
        @Size(max = 2000, message = "{firma.comentario.largo}") String comment) {

    @AssertTrue(message = "{firma.calificacion.requerida}")
    boolean isRatedWhenRequired() {
        return document == null || !document.requiresRating() || rating != null;
    }
}
