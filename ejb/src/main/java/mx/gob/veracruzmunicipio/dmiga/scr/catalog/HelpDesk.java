package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where Mantenimiento opens a ticket when a fault is the provider's (PR-DMIGA-02 step 2). */
@Embeddable
public class HelpDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{proveedor.telefono.requerido}")
    @Pattern(regexp = "\\+?[0-9(][0-9 ()-]{6,18}", message = "{proveedor.telefono.formato}")
    @Column(name = "help_desk_phone", nullable = false, length = 20)
    private String phone;

    @Email(message = "{proveedor.correo.formato}")
    @Size(max = 200, message = "{proveedor.correo.largo}")
    @Column(name = "help_desk_email", length = 200)
    private String email;

    @NotBlank(message = "{proveedor.horario.requerido}")
    @Size(max = 100, message = "{proveedor.horario.largo}")
    @Column(name = "help_desk_hours", nullable = false, length = 100)
    private String hours;

    protected HelpDesk() {
        // JPA
    }

    /** The e-mail is optional: some help desks only take calls. */
    public HelpDesk(String phone, String email, String hours) {
        this.phone = strip(phone);
        this.email = strip(email);
        this.hours = strip(hours);
        if (this.email != null && this.email.isEmpty()) {
            this.email = null;
        }
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getHours() {
        return hours;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
