package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A catalog row the reports refer to by its code. Rows are deactivated, never deleted, so a report
 * that named one keeps a meaningful history.
 */
@MappedSuperclass
public abstract class CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{catalogo.clave.requerida}")
    @Pattern(regexp = Codes.PATTERN, message = "{catalogo.clave.formato}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank(message = "{catalogo.nombre.requerido}")
    @Size(max = 200, message = "{catalogo.nombre.largo}")
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected CatalogEntry() {
        // JPA
    }

    protected CatalogEntry(String code, String name) {
        this.code = Codes.normalize(code);
        rename(name);
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

    public long getVersion() {
        return version;
    }

    void rename(String name) {
        this.name = name == null ? null : name.strip();
    }

    void deactivate() {
        active = false;
    }
}
