package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A module of the AS/400 Integrated Financial System that PR-DMIGA-07 may grant to a user. */
@Entity
@Table(name = "as400_module")
@NamedQuery(name = As400Module.BY_CODE, query = "SELECT m FROM As400Module m WHERE m.code = :code")
@NamedQuery(name = As400Module.ALL, query = "SELECT m FROM As400Module m ORDER BY m.name")
public class As400Module extends CatalogEntry {

    static final String BY_CODE = "As400Module.byCode";
    static final String ALL = "As400Module.all";

    protected As400Module() {
        // JPA
    }

    public As400Module(String code, String name) {
        super(code, name);
    }
}
