package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.io.Serializable;
import java.math.BigDecimal;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;

/** A monthly service contract as the admin page and the pending-invoices page show it. */
public record ProviderContractView(Long id, String providerRfc, String providerName, TelecomService service,
                                   String account, String description, BigDecimal monthlyAmount, boolean active)
        implements Serializable {

    static ProviderContractView of(ProviderContract contract) {
        return new ProviderContractView(contract.getId(), contract.getProvider().getRfc(),
                contract.getProvider().getName(), contract.getService(), contract.getAccount(),
                contract.getDescription(), contract.getMonthlyAmount(), contract.isActive());
    }
}
