package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A telecom company the city buys phone, mobile or internet service from (PR-DMIGA-02 and 04). */
@Entity
@Table(name = "provider")
@NamedQuery(name = Provider.BY_RFC, query = "SELECT p FROM Provider p WHERE p.rfc = :rfc")
@NamedQuery(name = Provider.ALL, query = "SELECT p FROM Provider p ORDER BY p.name")
public class Provider {

    static final String BY_RFC = "Provider.byRfc";
    static final String ALL = "Provider.all";

    /** SAT's RFC: 3 letters for a company (12 characters) or 4 for a person (13), date, homoclave. */
    static final String RFC_PATTERN = "[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{proveedor.nombre.requerido}")
    @Size(max = 200, message = "{proveedor.nombre.largo}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{proveedor.rfc.requerido}")
    @Pattern(regexp = RFC_PATTERN, message = "{proveedor.rfc.formato}")
    @Column(nullable = false, unique = true, length = 13)
    private String rfc;

    @NotEmpty(message = "{proveedor.servicios.requeridos}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_service", joinColumns = @JoinColumn(name = "provider_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 20)
    private Set<TelecomService> services = EnumSet.noneOf(TelecomService.class);

    @Valid
    @NotNull(message = "{proveedor.mesa.requerida}")
    @Embedded
    private HelpDesk helpDesk;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected Provider() {
        // JPA
    }

    public Provider(String name, String rfc, Set<TelecomService> services, HelpDesk helpDesk) {
        this.rfc = normalizeRfc(rfc);
        change(name, services, helpDesk);
    }

    /** RFCs are compared upper case and without surrounding blanks, as SAT prints them. */
    static String normalizeRfc(String rfc) {
        return rfc == null ? null : rfc.strip().toUpperCase(Locale.ROOT);
    }

    void change(String name, Set<TelecomService> services, HelpDesk helpDesk) {
        this.name = name == null ? null : name.strip();
        this.services.clear();
        if (services != null) {
            this.services.addAll(services);
        }
        this.helpDesk = helpDesk;
    }

    void deactivate() {
        active = false;
    }

    /** The six digits are a date (YYMMDD); the pattern alone would accept month 13. */
    @AssertTrue(message = "{proveedor.rfc.fecha}")
    boolean isRfcDateValid() {
        if (rfc == null || !rfc.matches(RFC_PATTERN)) {
            return true; // the pattern's own message already says what is wrong
        }
        String date = rfc.substring(rfc.length() - 9, rfc.length() - 3);
        try {
            // Year 2000 + YY: a leap year whichever century is meant, so 29 February is accepted.
            LocalDate.of(2000 + Integer.parseInt(date.substring(0, 2)), Integer.parseInt(date.substring(2, 4)),
                    Integer.parseInt(date.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRfc() {
        return rfc;
    }

    /** Twelve characters: a company ("persona moral"); thirteen: a person ("persona física"). */
    public boolean isCompany() {
        return rfc != null && rfc.length() == 12;
    }

    public Set<TelecomService> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public HelpDesk getHelpDesk() {
        return helpDesk;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
