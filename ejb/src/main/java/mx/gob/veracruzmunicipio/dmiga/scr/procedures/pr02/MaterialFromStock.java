package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUse;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The material is available (step 3): what leaves the directorate's stock for the job (maybe nothing). */
public record MaterialFromStock(
        @Label("Material del almacén") List<@NotNull(message = "{material.uso.requerido}") @Valid MaterialUse> materials,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    public MaterialFromStock {
        materials = materials == null ? List.of() : materials;
    }
}
