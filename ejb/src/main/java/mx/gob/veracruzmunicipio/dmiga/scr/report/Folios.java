package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out report folios, {@code DMIGA-<year>-<6 digits>}, consecutive per year. The year's
 * counter row is incremented inside the caller's transaction: concurrent reports queue on that row
 * lock, and a report that rolls back gives its number back, so folios have neither gaps nor twins.
 */
@Stateless
@PermitAll // called by the engine after its own checks
public class Folios {

    /** The year of a folio is the city's calendar year. */
    public static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    @PersistenceContext
    EntityManager em;

    @EJB
    FolioYears years;

    public String next(Instant now) {
        int year = now.atZone(CITY).getYear();
        if (increment(year) == 0) {
            // The year's first report: its counter is created first, in a transaction of its own.
            try {
                years.open(year);
            } catch (EJBException createdByAnotherTransaction) {
                // Two first reports of a year raced to create its counter; the other one did.
            }
            increment(year);
        }
        int number = ((Number) em.createNativeQuery("SELECT last_number FROM folio_sequence WHERE folio_year = ?1")
                .setParameter(1, year)
                .getSingleResult()).intValue();
        return format(year, number);
    }

    /** Takes the year's next number, holding its row until the caller's transaction ends; 0 if the year has no counter. */
    private int increment(int year) {
        return em.createNativeQuery("UPDATE folio_sequence SET last_number = last_number + 1 WHERE folio_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
    }

    static String format(int year, int number) {
        return String.format("DMIGA-%d-%06d", year, number);
    }
}
