package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 4 of PR-DMIGA-09: the access generated on Cero Papel and the employee it is for, as the
 * requesting oficio names them. Kept in the timeline, so the reply and any later provisioning can
 * rely on the employee data the oficio brought.
 */
public record CeroPapelAccess(
        @Label("Nombre del servidor público") @NotBlank(message = "{ceropapel.empleado.nombre.requerido}")
        @Size(max = 200, message = "{ceropapel.empleado.nombre.largo}") String employeeName,
        @Label("Cargo") @Size(max = 200, message = "{ceropapel.empleado.cargo.largo}") String employeePosition,
        @Label("Correo institucional") @NotBlank(message = "{ceropapel.empleado.correo.requerido}")
        @Email(message = "{ceropapel.empleado.correo.formato}")
        @Size(max = 200, message = "{ceropapel.empleado.correo.formato}") String employeeEmail,
        @Label("Usuario en Cero Papel") @NotBlank(message = "{ceropapel.usuario.requerido}")
        @Size(max = 100, message = "{ceropapel.usuario.largo}") String username,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
