package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Step 5 of PR-DMIGA-08: the area opens the consultation for the period it publishes. */
public record ConsultationStart(
        @Label("Fecha de apertura") @NotNull(message = "{decide.apertura.requerida}") LocalDate opensOn,
        @Label("Fecha de cierre") @NotNull(message = "{decide.cierre.requerido}") LocalDate closesOn,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    @AssertTrue(message = "{decide.cierre.anterior}")
    boolean isClosingAfterOpening() {
        // Each missing date already has its own message.
        return opensOn == null || closesOn == null || closesOn.isAfter(opensOn);
    }
}
