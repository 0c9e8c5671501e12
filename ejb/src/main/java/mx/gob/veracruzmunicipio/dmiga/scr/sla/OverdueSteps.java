package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;

/**
 * Marks the reports whose current step is past its SLA due time. A persistent timer kept in the
 * database (config: timer-service data store), so in a cluster it fires on one node only.
 */
@Singleton
@PermitAll // run by the timer service; marking is idempotent and reveals nothing
public class OverdueSteps {

    private static final Logger LOG = Logger.getLogger(OverdueSteps.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "SCR: pasos vencidos")
    void everyFiveMinutes() {
        int marked = markOverdue(Instant.now());
        if (marked > 0) {
            LOG.info(() -> marked + " reportes con el paso actual vencido");
        }
    }

    /** Marks the steps due before the given instant; reports waiting outside have no due time. */
    public int markOverdue(Instant now) {
        return em.createQuery("UPDATE Report r SET r.overdue = TRUE WHERE r.overdue = FALSE AND r.status = :status "
                        + "AND r.stepDueAt < :now")
                .setParameter("status", ReportStatus.EN_TRAMITE)
                .setParameter("now", now)
                .executeUpdate();
    }
}
