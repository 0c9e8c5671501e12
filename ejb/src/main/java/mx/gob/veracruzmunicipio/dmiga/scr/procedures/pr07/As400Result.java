package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 6A: what the AS/400 integration layer reports (contract {@code InformarResultado}:
 * {@code resultado}, {@code perfil}, {@code mensaje}). An error must say what went wrong, since the
 * programmer reads it in the timeline.
 */
public record As400Result(
        @Label("Resultado del AS/400") @NotNull(message = "{as400.resultado.requerido}") As400Outcome outcome,
        @Label("Perfil") @Size(max = 10, message = "{as400.resultado.perfil.largo}") String profile,
        @Label("Mensaje del AS/400") @Size(max = 1000, message = "{as400.resultado.mensaje.largo}") String message)
        implements ActionData {

    @AssertTrue(message = "{as400.resultado.mensaje.requerido}")
    boolean isErrorExplained() {
        return outcome != As400Outcome.ERROR || (message != null && !message.isBlank());
    }
}
