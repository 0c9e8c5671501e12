package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** A material of the directorate's stock (catalog code) and the quantity used of it. */
public record MaterialUse(
        @Label("Material") @NotBlank(message = "{material.uso.clave.requerida}") String materialCode,
        @NotNull(message = "{material.uso.cantidad.requerida}")
        @Label("Cantidad") @Positive(message = "{material.uso.cantidad.positiva}") Integer quantity) implements Serializable {

    /** As the timeline shows it: "UTP-CAT6 × 10". */
    @Override
    public String toString() {
        return materialCode + " × " + quantity;
    }
}
