package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUse;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Mantenimiento attended the event (step 4): what it did and the stock material it used (maybe none). */
public record EventAttention(
        @Label("Trabajo realizado") @NotBlank(message = "{trabajo.descripcion.requerida}")
        @Size(max = 2000, message = "{trabajo.descripcion.larga}") String work,
        @Label("Material utilizado") List<@NotNull(message = "{material.uso.requerido}") @Valid MaterialUse> materials,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    public EventAttention {
        materials = materials == null ? List.of() : materials;
    }
}
