package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The Director authorizes a request and instructs the area that will attend it. */
public record Authorization(
        @Label("Instrucciones") @NotBlank(message = "{autorizacion.instrucciones.requeridas}")
        @Size(max = 2000, message = "{autorizacion.instrucciones.largas}") String instructions,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
