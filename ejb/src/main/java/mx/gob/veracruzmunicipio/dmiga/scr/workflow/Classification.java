package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/** The SECRETARIA names the procedure of an oficio that arrived without one (and its category). */
public record Classification(
        @Label("Procedimiento") @NotNull(message = "{clasificacion.procedimiento.requerido}") ProcedureKey procedure,
        @Label("Categoría") ServiceCategory category,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
