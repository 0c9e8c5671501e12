package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Step 6 of PR-DMIGA-08: the area closes the process; the portal then counts who took part. */
public record ConsultationClosing(
        @Label("Participantes") @NotNull(message = "{decide.participantes.requeridos}")
        @PositiveOrZero(message = "{decide.participantes.negativos}") Integer participants,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
