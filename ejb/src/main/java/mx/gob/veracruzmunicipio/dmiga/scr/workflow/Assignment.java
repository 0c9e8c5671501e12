package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Turning a step over to a named person. */
public record Assignment(
        @Label("Asignado a") @NotBlank(message = "{accion.asignado.requerido}") String assignee,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements AssigneeChoice {
}
