package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 3 of PR-DMIGA-08: the area was trained on the portal and the mechanism it chose, and its
 * people got collaboration permissions. The mechanism is known from here on.
 */
public record DecideTraining(
        @Label("Tipo de proceso") @NotNull(message = "{decide.tipo.requerido}") DecideProcessType processType,
        @Label("Fecha de la capacitación") @NotNull(message = "{decide.capacitacion.fecha.requerida}")
        @PastOrPresent(message = "{decide.capacitacion.fecha.futura}") LocalDate trainedOn,
        @Label("Permisos de colaboración otorgados a") @NotBlank(message = "{decide.colaboradores.requeridos}")
        @Size(max = 1000, message = "{decide.colaboradores.largos}") String collaborators,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
