package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** The outcome of testing a development: failures send it back to implementation. */
public record TestResult(
        @Label("Pruebas aprobadas") @NotNull(message = "{pruebas.resultado.requerido}") Boolean passed,
        @Label("Fallas encontradas") @Size(max = 2000, message = "{pruebas.fallas.largas}") String failures,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    @AssertTrue(message = "{pruebas.fallas.requeridas}")
    boolean isFailureDescribed() {
        return passed == null || passed || (failures != null && !failures.isBlank());
    }
}
