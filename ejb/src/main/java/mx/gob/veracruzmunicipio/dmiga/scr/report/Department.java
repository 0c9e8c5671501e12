package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department ("dependencia") of the city hall that asks the directorate for service. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.name")
public class Department {

    public static final String BY_CODE = "Department.byCode";
    public static final String ALL = "Department.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{dependencia.clave.requerida}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "{dependencia.clave.formato}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank(message = "{dependencia.nombre.requerido}")
    @Size(max = 200, message = "{dependencia.nombre.largo}")
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected Department() {
        // JPA
    }

    public Department(String code, String name) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        this.name = name == null ? null : name.strip();
    }

    public void rename(String newName) {
        this.name = newName == null ? null : newName.strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
