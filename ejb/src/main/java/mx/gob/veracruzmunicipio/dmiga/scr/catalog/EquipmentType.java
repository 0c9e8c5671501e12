package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A kind of computer equipment, as listed on a PR-DMIGA-03 dictamen. */
@Entity
@Table(name = "equipment_type")
@NamedQuery(name = EquipmentType.BY_CODE, query = "SELECT e FROM EquipmentType e WHERE e.code = :code")
@NamedQuery(name = EquipmentType.ALL, query = "SELECT e FROM EquipmentType e ORDER BY e.name")
public class EquipmentType extends CatalogEntry {

    static final String BY_CODE = "EquipmentType.byCode";
    static final String ALL = "EquipmentType.all";

    protected EquipmentType() {
        // JPA
    }

    public EquipmentType(String code, String name) {
        super(code, name);
    }
}
