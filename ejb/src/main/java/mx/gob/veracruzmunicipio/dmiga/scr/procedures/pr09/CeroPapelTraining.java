package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Step 3 of PR-DMIGA-09: who was trained on Cero Papel, and when. */
public record CeroPapelTraining(
        @Label("Fecha de la capacitación") @NotNull(message = "{ceropapel.capacitacion.fecha.requerida}")
        @PastOrPresent(message = "{ceropapel.capacitacion.fecha.futura}") LocalDate trainedOn,
        @Label("Personas capacitadas") @NotBlank(message = "{ceropapel.capacitados.requeridos}")
        @Size(max = 1000, message = "{ceropapel.capacitados.largos}") String trainees,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
