package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The material a report was waiting for arrived (from Adquisiciones or through the requesting area). */
public record MaterialReceipt(
        @Label("Material recibido") @NotBlank(message = "{material.recibido.requerido}")
        @Size(max = 2000, message = "{material.recibido.largo}") String received,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
