package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalInt;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

/**
 * Hands out report folios, {@code DMIGA-<year>-<6 digits>}, consecutive per year. The year's
 * counter row is incremented inside the caller's transaction: concurrent reports queue on that row
 * lock, and a report that rolls back gives its number back, so folios have neither gaps nor twins.
 * The lock lasts until the caller commits, so callers take the folio after everything that only
 * reads, and within one server they wait their turn in {@link FolioQueue}.
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

    @EJB
    FolioQueue queue;

    public String next(Instant now) {
        int year = now.atZone(CITY).getYear();
        queue.await();
        OptionalInt number = increment(year);
        if (number.isEmpty()) {
            // The year's first report: its counter is created first, in a transaction of its own.
            try {
                years.open(year);
            } catch (EJBException createdByAnotherTransaction) {
                // Two first reports of a year raced to create its counter; the other one did.
            }
            number = increment(year);
        }
        return format(year, number.orElseThrow());
    }

    /**
     * Takes the year's next number, holding its row until the caller's transaction ends; empty if
     * the year has no counter. One statement that also returns the number (RETURNING on PostgreSQL),
     * since every round trip here is spent holding the row.
     */
    private OptionalInt increment(int year) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE folio_sequence SET last_number = last_number + 1 WHERE folio_year = ?",
                    new String[] {"last_number"})) {
                update.setInt(1, year);
                update.executeUpdate();
                try (ResultSet taken = update.getGeneratedKeys()) {
                    return taken.next() ? OptionalInt.of(taken.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    static String format(int year, int number) {
        return String.format("DMIGA-%d-%06d", year, number);
    }
}
