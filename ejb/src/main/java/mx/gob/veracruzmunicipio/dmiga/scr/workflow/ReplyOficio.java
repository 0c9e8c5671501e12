package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of an oficio a step sends through Cero Papel. */
public record ReplyOficio(
        @Label("Asunto del oficio") @NotBlank(message = "{oficio.asunto.requerido}")
        @Size(max = 500, message = "{oficio.asunto.largo}") String subject,
        @Label("Texto del oficio") @NotBlank(message = "{oficio.cuerpo.requerido}")
        @Size(max = 8000, message = "{oficio.cuerpo.largo}") String body,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements OficioText {
}
