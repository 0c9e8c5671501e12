package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The stock rules, for the {@link Stock} and {@link CatalogAdministration} beans and for the
 * procedure beans that use material on behalf of someone they have already authorized (the caller
 * of a procedure step need not hold a stock role). It only joins its caller's transaction, so it
 * cannot be used from outside a session bean.
 *
 * <p>Each change is one conditional UPDATE: the database decides, row-locked, whether the stock
 * suffices, so concurrent consumptions serialize there and none can drive the stock negative.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class StockLedger {

    static final int MAXIMUM_REASON_LENGTH = 300;
    static final String CONSUMPTION = "Consumo";

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    /** Takes the quantity out of stock, or refuses; returns what is left. */
    public int consume(String materialCode, int quantity, String reason) {
        String code = Codes.normalize(materialCode);
        List<String> problems = new ArrayList<>();
        if (quantity <= 0) {
            problems.add("La cantidad a consumir debe ser mayor que cero.");
        }
        String why = reason == null || reason.isBlank() ? CONSUMPTION : reason.strip();
        checkReasonLength(why, problems);
        refuseIfAny(problems);

        int updated = em.createQuery("UPDATE Material m SET m.quantityInStock = m.quantityInStock - :quantity, "
                        + "m.version = m.version + 1 "
                        + "WHERE m.code = :code AND m.active = TRUE AND m.quantityInStock >= :quantity")
                .setParameter("quantity", quantity)
                .setParameter("code", code)
                .executeUpdate();
        Material material = current(code);
        if (updated == 0) {
            throw new InvalidInputException(material.isActive()
                    ? "No hay existencia suficiente de «" + material.getName() + "» (" + code + "): se solicitaron "
                            + quantity + " " + material.getUnitOfMeasure() + " y solo hay "
                            + material.getQuantityInStock() + " " + material.getUnitOfMeasure() + " disponibles."
                    : inactive(material));
        }
        return record(material, -quantity, why);
    }

    /** Stock received or a correction after a physical count; refuses to leave the stock negative. */
    public int adjust(String materialCode, int change, String reason) {
        String code = Codes.normalize(materialCode);
        List<String> problems = new ArrayList<>();
        if (change == 0) {
            problems.add("El ajuste de existencia no puede ser cero.");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("El motivo del ajuste de existencia es obligatorio.");
        } else {
            checkReasonLength(reason.strip(), problems);
        }
        refuseIfAny(problems);

        int updated = em.createQuery("UPDATE Material m SET m.quantityInStock = m.quantityInStock + :change, "
                        + "m.version = m.version + 1 "
                        + "WHERE m.code = :code AND m.active = TRUE AND m.quantityInStock + :change >= 0")
                .setParameter("change", change)
                .setParameter("code", code)
                .executeUpdate();
        Material material = current(code);
        if (updated == 0) {
            throw new InvalidInputException(material.isActive()
                    ? "El ajuste dejaría negativa la existencia de «" + material.getName() + "» (" + code + "): hay "
                            + material.getQuantityInStock() + " " + material.getUnitOfMeasure()
                            + " y el ajuste es de " + change + "."
                    : inactive(material));
        }
        return record(material, change, reason.strip());
    }

    public boolean available(String materialCode, int quantity) {
        if (quantity < 0) {
            throw new InvalidInputException("La cantidad a consultar no puede ser negativa.");
        }
        Material material = current(Codes.normalize(materialCode));
        return material.isActive() && material.getQuantityInStock() >= quantity;
    }

    public List<StockMovement> movements(String materialCode) {
        return em.createNamedQuery(StockMovement.OF_MATERIAL, StockMovement.class)
                .setParameter("code", Codes.normalize(materialCode))
                .getResultList();
    }

    /** The row as the database has it now: a bulk UPDATE bypasses the persistence context. */
    private Material current(String code) {
        Material material = em.createNamedQuery(Material.BY_CODE, Material.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe el material con la clave «" + code + "»."));
        em.refresh(material);
        return material;
    }

    private int record(Material material, int change, String reason) {
        String who = caller == null || caller.getName() == null ? "sistema" : caller.getName();
        em.persist(new StockMovement(material, change, material.getQuantityInStock(), reason, who));
        return material.getQuantityInStock();
    }

    private static String inactive(Material material) {
        return "El material «" + material.getName() + "» (" + material.getCode() + ") está dado de baja.";
    }

    private static void checkReasonLength(String reason, List<String> problems) {
        if (reason.length() > MAXIMUM_REASON_LENGTH) {
            problems.add("El motivo admite como máximo " + MAXIMUM_REASON_LENGTH + " caracteres.");
        }
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
