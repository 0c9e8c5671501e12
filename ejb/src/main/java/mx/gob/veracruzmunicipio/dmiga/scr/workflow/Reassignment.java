package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;

/** The Director gives the current step to another role, or to one person of it, saying why. */
public record Reassignment(
        @Label("Rol") @NotNull(message = "{reasignacion.rol.requerido}") Role role,
        @Label("Persona (opcional)") @Size(max = 100, message = "{reasignacion.usuario.largo}") String username,
        @Label("Motivo") @NotBlank(message = "{reasignacion.motivo.requerido}")
        @Size(max = 4000, message = "{accion.observaciones.largas}") String reason) implements ActionData {
}
