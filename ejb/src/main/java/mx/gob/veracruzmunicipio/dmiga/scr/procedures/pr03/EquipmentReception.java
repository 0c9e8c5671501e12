package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Step 2: the items of equipment MANTENIMIENTO receives for the dictamen (one request, several items). */
public record EquipmentReception(
        @Label("Bienes recibidos") @NotEmpty(message = "{dictamen.bienes.requeridos}")
        @Size(max = 200, message = "{dictamen.bienes.demasiados}") List<@Valid ReceivedItem> items,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /** The inventory number identifies the item on the dictamen, so it may appear only once. */
    @AssertTrue(message = "{dictamen.bienes.inventario.repetido}")
    boolean isEachInventoryNumberOnce() {
        if (items == null) {
            return true;
        }
        List<String> numbers = items.stream().filter(Objects::nonNull).map(ReceivedItem::inventoryNumber)
                .filter(Objects::nonNull).map(String::strip).toList();
        return numbers.stream().distinct().count() == numbers.size();
    }
}
