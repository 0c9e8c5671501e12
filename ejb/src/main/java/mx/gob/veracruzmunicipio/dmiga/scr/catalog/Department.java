package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A department ("dependencia") of the city hall that asks the directorate for service. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.name")
public class Department extends CatalogEntry {

    public static final String BY_CODE = "Department.byCode";
    public static final String ALL = "Department.all";

    protected Department() {
        // JPA
    }

    public Department(String code, String name) {
        super(code, name);
    }
}
