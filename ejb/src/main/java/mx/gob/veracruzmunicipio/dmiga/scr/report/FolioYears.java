package mx.gob.veracruzmunicipio.dmiga.scr.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creates a year's folio counter in a transaction of its own, so it is visible to all at once. */
@Stateless
@PermitAll // called by the engine after its own checks
public class FolioYears {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(int year) {
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM folio_sequence WHERE folio_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
        if (existing.intValue() == 0) {
            em.createNativeQuery("INSERT INTO folio_sequence (folio_year, last_number) VALUES (?1, 0)")
                    .setParameter(1, year)
                    .executeUpdate();
        }
    }
}
