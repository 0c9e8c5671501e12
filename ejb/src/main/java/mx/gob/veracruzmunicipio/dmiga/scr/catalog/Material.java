package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A material the directorate keeps in stock (cable, connectors…) for PR-DMIGA-01 and 02. The
 * quantity only changes through {@link StockLedger}, whose conditional updates never let it go
 * below zero.
 */
@Entity
@Table(name = "material")
@NamedQuery(name = Material.BY_CODE, query = "SELECT m FROM Material m WHERE m.code = :code")
@NamedQuery(name = Material.ALL, query = "SELECT m FROM Material m ORDER BY m.name")
public class Material extends CatalogEntry {

    public static final String BY_CODE = "Material.byCode";
    static final String ALL = "Material.all";

    @NotBlank(message = "{material.unidad.requerida}")
    @Size(max = 30, message = "{material.unidad.largo}")
    @Column(name = "unit_of_measure", nullable = false, length = 30)
    private String unitOfMeasure;

    @Min(value = 0, message = "{material.existencia.negativa}")
    @Column(name = "quantity_in_stock", nullable = false)
    private int quantityInStock;

    protected Material() {
        // JPA
    }

    public Material(String code, String name, String unitOfMeasure, int quantityInStock) {
        super(code, name);
        changeUnit(unitOfMeasure);
        this.quantityInStock = quantityInStock;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public int getQuantityInStock() {
        return quantityInStock;
    }

    void changeUnit(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure == null ? null : unitOfMeasure.strip();
    }
}
