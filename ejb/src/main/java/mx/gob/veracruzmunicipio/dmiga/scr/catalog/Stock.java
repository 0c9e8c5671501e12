package mx.gob.veracruzmunicipio.dmiga.scr.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The directorate's stock as Mantenimiento and the Secretaria use it (PR-DMIGA-01 step 2,
 * PR-DMIGA-02 step 3). Procedure beans acting for other roles use {@link StockLedger} directly.
 */
@Stateless
@RolesAllowed({CatalogRoles.MANTENIMIENTO, CatalogRoles.SECRETARIA})
public class Stock {

    @Inject
    StockLedger ledger;

    /** Takes the quantity out of stock, or refuses in Spanish when there is not enough; returns what is left. */
    public int consume(String materialCode, int quantity) {
        return ledger.consume(materialCode, quantity, null);
    }

    /** As {@link #consume(String, int)}, recording why (for example the report's folio). */
    public int consume(String materialCode, int quantity, String reason) {
        return ledger.consume(materialCode, quantity, reason);
    }

    /** Whether the material is active and at least this quantity is in stock. */
    public boolean available(String materialCode, int quantity) {
        return ledger.available(materialCode, quantity);
    }
}
