package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 3, once per item: the damaged or obsolete parts found and the verdict. Verifying an item
 * again replaces its earlier findings and verdict, until the dictamen is issued.
 */
public record ItemVerification(
        @Label("Número de inventario") @NotBlank(message = "{dictamen.bien.inventario.requerido}")
        @Size(max = 50, message = "{dictamen.bien.inventario.largo}") String inventoryNumber,
        @Label("Partes dañadas u obsoletas") @NotEmpty(message = "{dictamen.hallazgos.requeridos}")
        @Size(max = 50, message = "{dictamen.hallazgos.demasiados}") List<@Valid Finding> findings,
        @Label("Dictamen") @NotNull(message = "{dictamen.veredicto.requerido}") Verdict verdict,
        @Label("Requerimientos técnicos")
        @Size(max = 2000, message = "{dictamen.requerimientos.largos}") String requirements,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /** A repairable item is on the dictamen with what it needs to work again. */
    @AssertTrue(message = "{dictamen.requerimientos.requeridos}")
    boolean isRepairableWithRequirements() {
        return verdict != Verdict.REPARABLE || (requirements != null && !requirements.isBlank());
    }
}
