package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The partidas presupuestales as Presupuestos works them (PR-DMIGA-04 step 10): commitments and
 * releases; every staff member of the directorate and of the payment chain may read them.
 * Procedure beans acting for other roles use {@link BudgetLedger} directly.
 */
@Stateless
@RolesAllowed({CatalogRoles.ADMIN, CatalogRoles.SECRETARIA, CatalogRoles.DIRECTOR, CatalogRoles.SUBDIR_TECNOLOGIAS,
        CatalogRoles.SUBDIR_MODERNIZACION, CatalogRoles.MANTENIMIENTO, CatalogRoles.DESARROLLO_COORD,
        CatalogRoles.PROGRAMADOR, CatalogRoles.COORD_SEGUIMIENTO, CatalogRoles.ADQUISICIONES,
        CatalogRoles.CONTRALORIA, CatalogRoles.PRESUPUESTOS, CatalogRoles.COMISION_HACIENDA, CatalogRoles.EGRESOS})
public class BudgetItems {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLedger ledger;

    /** Commits the amount, or refuses in Spanish when the balance is not enough. */
    @RolesAllowed(CatalogRoles.PRESUPUESTOS)
    public BudgetItem commit(String budgetItemCode, BigDecimal amount) {
        return ledger.commit(budgetItemCode, amount);
    }

    /** Releases a commitment, or refuses when more would be released than is committed. */
    @RolesAllowed(CatalogRoles.PRESUPUESTOS)
    public BudgetItem release(String budgetItemCode, BigDecimal amount) {
        return ledger.release(budgetItemCode, amount);
    }

    public BudgetItem find(String budgetItemCode) {
        return ledger.find(budgetItemCode);
    }

    /** The active items, newest fiscal year first. */
    public List<BudgetItem> active() {
        return em.createNamedQuery(BudgetItem.ALL, BudgetItem.class).getResultStream()
                .filter(BudgetItem::isActive)
                .toList();
    }
}
