package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/** A day off of the business calendar: no working time counts on it. */
@Entity
@Table(name = "business_holiday")
@NamedQuery(name = Holiday.ALL, query = "SELECT h FROM Holiday h ORDER BY h.date")
@NamedQuery(name = Holiday.DATES, query = "SELECT h.date FROM Holiday h")
@NamedQuery(name = Holiday.BY_DATE, query = "SELECT h FROM Holiday h WHERE h.date = :date")
@NamedQuery(name = Holiday.BETWEEN,
        query = "SELECT h FROM Holiday h WHERE h.date BETWEEN :first AND :last ORDER BY h.date")
public class Holiday {

    public static final String ALL = "Holiday.all";
    public static final String DATES = "Holiday.dates";
    public static final String BY_DATE = "Holiday.byDate";
    public static final String BETWEEN = "Holiday.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Bound as a LocalDate, so the stored day never depends on the JVM's time zone (see
    // WorkingSchedule's hours).
    @NotNull(message = "La fecha del día inhábil es obligatoria.")
    @JdbcType(LocalDateJdbcType.class)
    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @NotBlank(message = "El nombre del día inhábil es obligatorio.")
    @Size(max = 200, message = "El nombre del día inhábil admite como máximo 200 caracteres.")
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean mandatory;

    protected Holiday() {
        // JPA
    }

    public Holiday(LocalDate date, String name, boolean mandatory) {
        this.date = date;
        this.name = name == null ? null : name.strip();
        this.mandatory = mandatory;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    /** A rest day of the Ley Federal del Trabajo, rather than a closing the municipality chose. */
    public boolean isMandatory() {
        return mandatory;
    }
}
