package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.OficioText;

/**
 * Step 7: the SECRETARIA records the modules granted (alta only), gives the user name to the
 * requesting area and replies by oficio. {@link As400UserProcedure#replyDraft} writes a text that
 * names the profile and tells the area to change the temporary password at first sign-on.
 */
public record CredentialDelivery(
        @Label("Módulos otorgados") @Size(max = 50, message = "{as400.modulos.demasiados}") List<String> grantedModules,
        @Label("Asunto del oficio") @NotBlank(message = "{oficio.asunto.requerido}")
        @Size(max = 500, message = "{oficio.asunto.largo}") String subject,
        @Label("Texto del oficio") @NotBlank(message = "{oficio.cuerpo.requerido}")
        @Size(max = 8000, message = "{oficio.cuerpo.largo}") String body,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements OficioText {

    public CredentialDelivery {
        grantedModules = grantedModules == null ? List.of() : List.copyOf(grantedModules);
    }
}
