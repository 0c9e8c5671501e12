package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;

/**
 * A monthly service the city hall pays a provider for (a phone line, an internet link): each
 * month one invoice is expected for it (PR-DMIGA-04). The account is how the provider's invoice
 * names the service (line number, account number). Deactivated, never deleted.
 */
@Entity
@Table(name = "provider_contract")
@NamedQuery(name = ProviderContract.ALL, query = "SELECT c FROM ProviderContract c JOIN FETCH c.provider "
        + "ORDER BY c.provider.name, c.account")
public class ProviderContract {

    static final String ALL = "ProviderContract.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "{contrato.proveedor.requerido}")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @NotNull(message = "{contrato.servicio.requerido}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TelecomService service;

    @NotBlank(message = "{contrato.cuenta.requerida}")
    @Size(max = 60, message = "{contrato.cuenta.larga}")
    @Column(nullable = false, length = 60)
    private String account;

    @NotBlank(message = "{contrato.descripcion.requerida}")
    @Size(max = 200, message = "{contrato.descripcion.larga}")
    @Column(nullable = false, length = 200)
    private String description;

    @NotNull(message = "{contrato.monto.requerido}")
    @DecimalMin(value = "0.01", message = "{contrato.monto.positivo}")
    @Digits(integer = 13, fraction = 2, message = "{importe.formato}")
    @Column(name = "monthly_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal monthlyAmount;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected ProviderContract() {
        // JPA
    }

    ProviderContract(Provider provider, TelecomService service, String account, String description,
                     BigDecimal monthlyAmount) {
        this.provider = provider;
        change(service, account, description, monthlyAmount);
    }

    void change(TelecomService newService, String newAccount, String newDescription, BigDecimal amount) {
        service = newService;
        account = newAccount == null ? null : newAccount.strip();
        description = newDescription == null ? null : newDescription.strip();
        monthlyAmount = amount;
    }

    void activate(boolean on) {
        active = on;
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public TelecomService getService() {
        return service;
    }

    public String getAccount() {
        return account;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public boolean isActive() {
        return active;
    }
}
