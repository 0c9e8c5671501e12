package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.TelecomService;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The monthly service contracts (maintained by ADMIN) and, for a month, those whose invoice has not
 * arrived yet: the coordination's reminder to ask the provider before the service is cut.
 */
@Stateless
public class ProviderContracts {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @RolesAllowed({"COORD_SEGUIMIENTO", "DIRECTOR", "ADMIN"})
    public List<ProviderContractView> contracts() {
        return em.createNamedQuery(ProviderContract.ALL, ProviderContract.class).getResultStream()
                .map(ProviderContractView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public ProviderContractView register(String providerRfc, TelecomService service, String account,
                                         String description, BigDecimal monthlyAmount) {
        Provider provider = activeProvider(providerRfc);
        ProviderContract contract = validation.require(new ProviderContract(provider, service, account, description,
                monthlyAmount));
        refuseDuplicate(contract, null);
        em.persist(contract);
        return ProviderContractView.of(contract);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public ProviderContractView change(long id, TelecomService service, String account, String description,
                                       BigDecimal monthlyAmount) {
        ProviderContract contract = existing(id);
        contract.change(service, account, description, monthlyAmount);
        validation.require(contract);
        refuseDuplicate(contract, contract.getId());
        return ProviderContractView.of(contract);
    }

    /** A cancelled service stops being expected; it stays for the history and may be reactivated. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public ProviderContractView activate(long id, boolean active) {
        ProviderContract contract = existing(id);
        contract.activate(active);
        return ProviderContractView.of(contract);
    }

    /**
     * The active contracts without an invoice issued in the month. An invoice covers a contract when
     * its issuer is the contract's provider and its concept names the contract's account; a
     * provider with a single active contract needs no account in the concept.
     */
    @RolesAllowed({"COORD_SEGUIMIENTO", "DIRECTOR", "ADMIN"})
    public List<ProviderContractView> pending(YearMonth month) {
        List<ProviderContract> active = em.createNamedQuery(ProviderContract.ALL, ProviderContract.class)
                .getResultStream().filter(ProviderContract::isActive).toList();
        Map<String, Long> contractsPerProvider = active.stream()
                .collect(Collectors.groupingBy(c -> c.getProvider().getRfc(), Collectors.counting()));
        List<PaymentOrder> invoiced = em.createNamedQuery(PaymentOrder.ISSUED_BETWEEN, PaymentOrder.class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList();
        return active.stream()
                .filter(contract -> invoiced.stream().noneMatch(order -> covers(order, contract,
                        contractsPerProvider.get(contract.getProvider().getRfc()))))
                .map(ProviderContractView::of).toList();
    }

    private static boolean covers(PaymentOrder order, ProviderContract contract, long providerContracts) {
        if (!order.getIssuerRfc().equals(contract.getProvider().getRfc())) {
            return false;
        }
        return providerContracts == 1 || order.getInvoiceConcept().toLowerCase(Locale.ROOT)
                .contains(contract.getAccount().toLowerCase(Locale.ROOT));
    }

    private Provider activeProvider(String rfc) {
        String normalized = Invoices.normalize(rfc);
        Provider provider = normalized == null ? null : em.createQuery("SELECT p FROM Provider p WHERE p.rfc = :rfc",
                Provider.class).setParameter("rfc", normalized).getResultStream().findFirst().orElse(null);
        if (provider == null || !provider.isActive()) {
            throw new InvalidInputException("Seleccione un proveedor registrado y activo para el contrato.");
        }
        return provider;
    }

    private void refuseDuplicate(ProviderContract contract, Long self) {
        boolean taken = em.createNamedQuery(ProviderContract.ALL, ProviderContract.class).getResultStream()
                .anyMatch(other -> !other.getId().equals(self) && other.getProvider().equals(contract.getProvider())
                        && other.getAccount().equalsIgnoreCase(contract.getAccount()));
        if (taken) {
            throw new InvalidInputException("El proveedor " + contract.getProvider().getName()
                    + " ya tiene un contrato con la cuenta o línea «" + contract.getAccount() + "».");
        }
    }

    private ProviderContract existing(long id) {
        ProviderContract contract = em.find(ProviderContract.class, id);
        if (contract == null) {
            throw new InvalidInputException("No existe el contrato de servicio " + id + ".");
        }
        return contract;
    }
}
