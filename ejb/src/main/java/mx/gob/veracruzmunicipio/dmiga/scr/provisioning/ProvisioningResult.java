package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an integration reports for a request it claimed (contract InformarResultado): the claim's
 * token, CREADO, ELIMINADO or ERROR, the profile it created or removed, and a message (required for
 * ERROR, since the programmer reads it).
 */
public record ProvisioningResult(
        @NotBlank(message = "{aprovisionamiento.token.requerido}")
        @Size(max = 36, message = "{aprovisionamiento.token.invalido}") String claimToken,
        @NotNull(message = "{aprovisionamiento.resultado.requerido}") ProvisioningOutcome outcome,
        @Size(max = 100, message = "{aprovisionamiento.perfil.largo}") String profile,
        @Size(max = 1000, message = "{aprovisionamiento.mensaje.largo}") String message) {

    @AssertTrue(message = "{aprovisionamiento.mensaje.requerido}")
    boolean isErrorExplained() {
        return outcome != ProvisioningOutcome.ERROR || (message != null && !message.isBlank());
    }
}
