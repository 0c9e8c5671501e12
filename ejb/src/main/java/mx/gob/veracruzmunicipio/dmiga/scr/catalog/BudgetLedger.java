package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The budget rules, for the {@link BudgetItems} bean and for procedure beans (PR-DMIGA-04's payment
 * order) that commit money on behalf of someone they have already authorized. It only joins its
 * caller's transaction, so it cannot be used from outside a session bean.
 *
 * <p>Each change is one conditional UPDATE, so concurrent commitments serialize on the row and
 * together never exceed the authorized amount.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class BudgetLedger {

    @PersistenceContext
    EntityManager em;

    public BudgetItem commit(String budgetItemCode, BigDecimal amount) {
        String code = Codes.normalize(budgetItemCode);
        BigDecimal pesos = requireAmount(amount, "comprometer");
        int updated = em.createQuery("UPDATE BudgetItem b SET b.committedAmount = b.committedAmount + :amount, "
                        + "b.version = b.version + 1 WHERE b.code = :code AND b.active = TRUE "
                        + "AND b.authorizedAmount - b.committedAmount >= :amount")
                .setParameter("amount", pesos)
                .setParameter("code", code)
                .executeUpdate();
        BudgetItem item = current(code);
        if (updated == 0) {
            throw new InvalidInputException(item.isActive()
                    ? "La partida presupuestal " + code + " (" + item.getDescription() + ") no tiene saldo suficiente: "
                            + "se solicitó comprometer " + Amounts.format(pesos) + " y el saldo disponible es "
                            + Amounts.format(item.getBalance()) + "."
                    : "La partida presupuestal " + code + " está dada de baja.");
        }
        return item;
    }

    /** Gives back a commitment (a cancelled payment order); also on a deactivated item. */
    public BudgetItem release(String budgetItemCode, BigDecimal amount) {
        String code = Codes.normalize(budgetItemCode);
        BigDecimal pesos = requireAmount(amount, "liberar");
        int updated = em.createQuery("UPDATE BudgetItem b SET b.committedAmount = b.committedAmount - :amount, "
                        + "b.version = b.version + 1 WHERE b.code = :code AND b.committedAmount >= :amount")
                .setParameter("amount", pesos)
                .setParameter("code", code)
                .executeUpdate();
        BudgetItem item = current(code);
        if (updated == 0) {
            throw new InvalidInputException("No se puede liberar " + Amounts.format(pesos)
                    + " de la partida presupuestal " + code + ": solo hay " + Amounts.format(item.getCommittedAmount())
                    + " comprometidos.");
        }
        return item;
    }

    public BudgetItem find(String budgetItemCode) {
        return current(Codes.normalize(budgetItemCode));
    }

    private static BigDecimal requireAmount(BigDecimal amount, String verb) {
        BigDecimal pesos = Amounts.positiveInCentavos(amount);
        if (pesos == null) {
            throw new InvalidInputException("El importe a " + verb
                    + " debe ser mayor que cero y tener como máximo dos decimales.");
        }
        return pesos;
    }

    /** The row as the database has it now: a bulk UPDATE bypasses the persistence context. */
    private BudgetItem current(String code) {
        BudgetItem item = em.createNamedQuery(BudgetItem.BY_CODE, BudgetItem.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "No existe la partida presupuestal con la clave «" + code + "»."));
        em.refresh(item);
        return item;
    }
}
