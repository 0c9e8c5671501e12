package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 5: an involved area's signature on the Dictamen Técnico, as Cero Papel reports it. The
 * document is implied (no rating: only service reports are rated).
 */
public record DictamenSignature(
        @Label("Firmante") @NotBlank(message = "{firma.firmante.requerido}")
        @Size(max = 200, message = "{firma.firmante.largo}") String signerName,
        @Label("Cargo") @NotBlank(message = "{firma.cargo.requerido}")
        @Size(max = 200, message = "{firma.cargo.largo}") String signerPosition,
        @Label("Dependencia") @NotBlank(message = "{firma.dependencia.requerida}")
        @Size(max = 200, message = "{firma.dependencia.larga}") String signerDepartment,
        @Label("Fecha de firma") @NotNull(message = "{firma.fecha.requerida}") Instant signedAt,
        @Label("Comentario") @Size(max = 2000, message = "{firma.comentario.largo}") String comment)
        implements ActionData {

    NewSignature toSignature() {
        return new NewSignature(SignedDocument.DICTAMEN_TECNICO, signerName, signerPosition, signerDepartment,
                signedAt, null, comment);
    }
}
