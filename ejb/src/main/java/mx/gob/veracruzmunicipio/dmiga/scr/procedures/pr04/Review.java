package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** A signer's decision on the payment order: validated and signed, or rejected with its reason. */
public record Review(
        @Label("Validada y firmada") @NotNull(message = "{revision.decision.requerida}") Boolean approved,
        @Label("Motivo del rechazo") @Size(max = 2000, message = "{revision.motivo.largo}") String reason,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    public static Review signed() {
        return new Review(true, null, null);
    }

    public static Review rejected(String reason) {
        return new Review(false, reason, null);
    }

    /** The coordination corrects the order from this reason, so a rejection must give it. */
    @AssertTrue(message = "{revision.motivo.requerido}")
    boolean isReasonGiven() {
        return approved == null || approved || (reason != null && !reason.isBlank());
    }
}
