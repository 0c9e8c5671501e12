package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** One item of computer or telephone equipment handed over for the dictamen, as its label reads. */
public record ReceivedItem(
        @NotBlank(message = "{dictamen.bien.inventario.requerido}")
        @Label("Número de inventario") @Size(max = 50, message = "{dictamen.bien.inventario.largo}") String inventoryNumber,
        @NotBlank(message = "{dictamen.bien.tipo.requerido}")
        @Label("Tipo") @Size(max = 100, message = "{dictamen.bien.tipo.largo}") String type,
        @NotBlank(message = "{dictamen.bien.marca.requerida}")
        @Label("Marca") @Size(max = 100, message = "{dictamen.bien.marca.larga}") String brand,
        @NotBlank(message = "{dictamen.bien.modelo.requerido}")
        @Label("Modelo") @Size(max = 100, message = "{dictamen.bien.modelo.largo}") String model,
        @NotBlank(message = "{dictamen.bien.serie.requerida}")
        @Label("Número de serie") @Size(max = 100, message = "{dictamen.bien.serie.larga}") String serialNumber) implements Serializable {

    /** How the timeline lists the item. */
    @Override
    public String toString() {
        return inventoryNumber + " " + type + " " + brand + " " + model + " (serie " + serialNumber + ")";
    }
}
