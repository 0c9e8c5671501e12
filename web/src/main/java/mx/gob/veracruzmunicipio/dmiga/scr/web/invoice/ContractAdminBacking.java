package mx.gob.veracruzmunicipio.dmiga.scr.web.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Catalogs;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContractView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.ProviderContracts;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;

/**
 * "Contratos de servicios" ({@code admin/contratos.xhtml}): the ADMIN registers the monthly services
 * paid to each provider, edits one chosen from the table, and deactivates or reactivates it.
 */
@Named
@ViewScoped
public class ContractAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProviderContracts contracts;

    @EJB
    Catalogs catalogs;

    private List<ProviderContractView> rows = List.of();
    private List<ProviderChoice> providers = List.of();
    /** The contract being edited; null while registering a new one. */
    private Long editing;
    private String providerRfc;
    private TelecomService service;
    private String account;
    private String description;
    private BigDecimal monthlyAmount;

    /** A provider as the select offers it: the page keeps no entity. */
    public record ProviderChoice(String rfc, String label) implements Serializable {
    }

    @PostConstruct
    void init() {
        providers = catalogs.providers().stream()
                .map((Provider p) -> new ProviderChoice(p.getRfc(), p.getName() + " (" + p.getRfc() + ")")).toList();
        reload();
    }

    public void save() {
        try {
            if (editing == null) {
                contracts.register(providerRfc, service, account, description, monthlyAmount);
                Notices.info(Notices.text("contratos.registrado"));
            } else {
                contracts.change(editing, service, account, description, monthlyAmount);
                Notices.info(Notices.text("contratos.actualizado"));
            }
        } catch (InvalidInputException refused) {
            Notices.errors(refused.messages());
            return;
        }
        clear();
        reload();
    }

    public void edit(ProviderContractView contract) {
        editing = contract.id();
        providerRfc = contract.providerRfc();
        service = contract.service();
        account = contract.account();
        description = contract.description();
        monthlyAmount = contract.monthlyAmount();
    }

    public void toggle(ProviderContractView contract) {
        contracts.activate(contract.id(), !contract.active());
        reload();
    }

    public void clear() {
        editing = null;
        providerRfc = null;
        service = null;
        account = null;
        description = null;
        monthlyAmount = null;
    }

    private void reload() {
        rows = contracts.contracts();
    }

    public List<TelecomService> getServices() {
        return Arrays.asList(TelecomService.values());
    }

    public List<ProviderContractView> getRows() {
        return rows;
    }

    public List<ProviderChoice> getProviders() {
        return providers;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getProviderRfc() {
        return providerRfc;
    }

    public void setProviderRfc(String providerRfc) {
        this.providerRfc = providerRfc;
    }

    public TelecomService getService() {
        return service;
    }

    public void setService(TelecomService service) {
        this.service = service;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(BigDecimal monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }
}
