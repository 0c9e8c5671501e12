package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.Instant;
import java.time.Year;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

/**
 * Gives the business calendar its starting content: the default working schedule if there is
 * none, and the proposed days off ({@link MexicanHolidays}) of every year from last year to five
 * years ahead that was never seeded. A seeded year is recorded, so a day the ADMIN deleted does not
 * come back; a date the ADMIN already filled is left as it is.
 *
 * <p>Runs in every mode (the calendar is configuration, not demo data), at start-up and again each
 * New Year's Day so a long-running server keeps five years ahead. Each step commits on its own:
 * when several nodes of the cluster start together, the unique keys let only one copy in and the
 * others just find the step done.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CalendarSeeding {

    static final int YEARS_BACK = 1;
    static final int YEARS_AHEAD = 5;

    private static final Logger LOG = Logger.getLogger(CalendarSeeding.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void atStartup() {
        seedMissing();
    }

    @Schedule(month = "1", dayOfMonth = "1", hour = "0", minute = "15", timezone = "America/Mexico_City",
            persistent = false, info = "Días inhábiles del año nuevo")
    void atNewYear() {
        seedMissing();
    }

    void seedMissing() {
        once("el horario laboral", () -> em.find(WorkingSchedule.class, WorkingSchedule.ID) != null, () -> {
            em.persist(WorkingSchedule.defaults());
            LOG.info("Horario laboral inicial: lunes a viernes, 09:00 a 17:00 (America/Mexico_City).");
        });
        int thisYear = Year.now(WorkingCalendar.DEFAULT_ZONE).getValue();
        for (int year = thisYear - YEARS_BACK; year <= thisYear + YEARS_AHEAD; year++) {
            int seededYear = year;
            once("los días inhábiles de " + year, () -> em.find(SeededHolidayYear.class, seededYear) != null,
                    () -> seedHolidays(seededYear));
        }
    }

    private void seedHolidays(int year) {
        em.persist(new SeededHolidayYear(year, Instant.now()));
        int added = 0;
        for (HolidaySeed seed : MexicanHolidays.forYear(year)) {
            boolean taken = !em.createNamedQuery(Holiday.BY_DATE, Holiday.class)
                    .setParameter("date", seed.date())
                    .getResultList()
                    .isEmpty();
            if (!taken) {
                em.persist(new Holiday(seed.date(), seed.name(), seed.mandatory()));
                added++;
            }
        }
        int count = added;
        LOG.info(() -> "Días inhábiles de " + year + " sembrados: " + count + ".");
    }

    /** Runs {@code seed} in a transaction of its own unless {@code done}. */
    private void once(String what, BooleanSupplier done, Runnable seed) {
        try {
            transaction.begin();
            if (!done.getAsBoolean()) {
                seed.run();
            }
            transaction.commit();
        } catch (Exception e) {
            rollBack();
            if (!isDone(done)) {
                throw new IllegalStateException("No se pudo sembrar " + what + " del calendario hábil.", e);
            }
            LOG.info(() -> "Otro nodo sembró " + what + " al mismo tiempo; se conserva su versión.");
        }
    }

    private boolean isDone(BooleanSupplier done) {
        try {
            transaction.begin();
            try {
                return done.getAsBoolean();
            } finally {
                transaction.commit();
            }
        } catch (Exception e) {
            rollBack();
            return false;
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.warning(() -> "No se pudo deshacer la transacción de siembra: " + e);
        }
    }
}
