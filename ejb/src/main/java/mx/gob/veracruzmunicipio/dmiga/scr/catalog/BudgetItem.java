package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partida presupuestal: an authorized amount for one fiscal year, part of which is committed to
 * payment orders (PR-DMIGA-04). The committed amount only changes through {@link BudgetLedger},
 * whose conditional updates keep it between zero and the authorized amount.
 */
@Entity
@Table(name = "budget_item")
@NamedQuery(name = BudgetItem.BY_CODE, query = "SELECT b FROM BudgetItem b WHERE b.code = :code")
@NamedQuery(name = BudgetItem.ALL, query = "SELECT b FROM BudgetItem b ORDER BY b.fiscalYear DESC, b.code")
public class BudgetItem {

    static final String BY_CODE = "BudgetItem.byCode";
    static final String ALL = "BudgetItem.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{partida.clave.requerida}")
    @Pattern(regexp = Codes.PATTERN, message = "{partida.clave.formato}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank(message = "{partida.descripcion.requerida}")
    @Size(max = 300, message = "{partida.descripcion.largo}")
    @Column(nullable = false, length = 300)
    private String description;

    @Min(value = 2000, message = "{partida.ejercicio.rango}")
    @Max(value = 2100, message = "{partida.ejercicio.rango}")
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @NotNull(message = "{partida.autorizado.requerido}")
    @DecimalMin(value = "0.00", message = "{partida.autorizado.negativo}")
    @Digits(integer = 13, fraction = 2, message = "{partida.importe.formato}")
    @Column(name = "authorized_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal authorizedAmount;

    @Column(name = "committed_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal committedAmount = Amounts.ZERO;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected BudgetItem() {
        // JPA
    }

    public BudgetItem(String code, String description, int fiscalYear, BigDecimal authorizedAmount) {
        this.code = Codes.normalize(code);
        this.fiscalYear = fiscalYear;
        change(description, authorizedAmount);
    }

    void change(String description, BigDecimal authorizedAmount) {
        this.description = description == null ? null : description.strip();
        // Stored with centavos; an amount with more decimals is left as is for validation to refuse.
        this.authorizedAmount = authorizedAmount != null && authorizedAmount.stripTrailingZeros().scale() <= 2
                ? authorizedAmount.setScale(2) : authorizedAmount;
    }

    void deactivate() {
        active = false;
    }

    /** Lowering the authorization below what is already committed would leave a negative balance. */
    @AssertTrue(message = "{partida.autorizado.menor}")
    boolean isAuthorizedCoveringCommitted() {
        // A negative or missing amount has its own message; this one is only about the committed part.
        return authorizedAmount == null || authorizedAmount.signum() < 0
                || authorizedAmount.compareTo(committedAmount) >= 0;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getAuthorizedAmount() {
        return authorizedAmount;
    }

    public BigDecimal getCommittedAmount() {
        return committedAmount;
    }

    public BigDecimal getBalance() {
        return authorizedAmount.subtract(committedAmount);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
