package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * A requirements-gathering interview ("entrevista") with the requesting area: when, with whom,
 * what was learned, and whether all requirements are gathered now. The manual repeats interviews
 * until they are, so the last component chooses the route.
 */
public record Interview(
        @Label("Fecha de la entrevista") @NotNull(message = "{entrevista.fecha.requerida}")
        @PastOrPresent(message = "{entrevista.fecha.futura}") LocalDate date,
        @Label("Personas entrevistadas") @NotEmpty(message = "{entrevista.personas.requeridas}")
        @Size(max = 30, message = "{entrevista.personas.demasiadas}")
        List<@NotBlank(message = "{entrevista.persona.requerida}")
             @Size(max = 200, message = "{entrevista.persona.larga}") String> interviewees,
        @Label("Notas") @NotBlank(message = "{entrevista.notas.requeridas}")
        @Size(max = 2000, message = "{entrevista.notas.largas}") String notes,
        @Label("Requerimientos completos") @NotNull(message = "{entrevista.requerimientos.requerido}")
        Boolean requirementsComplete,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
