package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** A damaged or obsolete part found when verifying an item. */
public record Finding(
        @NotBlank(message = "{dictamen.hallazgo.parte.requerida}")
        @Label("Parte") @Size(max = 200, message = "{dictamen.hallazgo.parte.larga}") String part,
        @Label("Condición") @NotNull(message = "{dictamen.hallazgo.condicion.requerida}") PartCondition condition,
        @Label("Detalle") @Size(max = 1000, message = "{dictamen.hallazgo.detalle.largo}") String detail) implements Serializable {

    /** How the timeline lists the finding. */
    @Override
    public String toString() {
        return part + " (" + (condition == null ? "?" : condition.label()) + ")"
                + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
    }
}
