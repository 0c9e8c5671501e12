package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Opens the preventive-maintenance reports of the plans that are due, every working morning. A
 * persistent timer kept in the database (config: timer-service data store), so in a cluster it
 * fires on one node only; each plan is still locked while its report is opened, and a plan never
 * gets two reports for one due date, so a second run (another node, a retry, a manual run) opens
 * nothing new.
 *
 * <p>A timer has no caller, so the bean runs as the SECRETARIA role (who receives incidents, the
 * intake step of PR-DMIGA-02) under the principal {@code sistema} set in jboss-ejb3.xml: the
 * timeline then names the system, not a person, as who opened the report.
 */
@Singleton
// The timer store's table lives in SCR's schema: Flyway must find the schema first (it refuses a
// non-empty schema without its history table), so this timer starts only after the migration.
@DependsOn("DatabaseMigration")
@RunAs("SECRETARIA")
@PermitAll // the timeout callback has no caller; the manual run below is restricted
public class PreventiveMaintenance {

    private static final Logger LOG = Logger.getLogger(PreventiveMaintenance.class.getName());
    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    @PersistenceContext
    EntityManager em;

    @EJB
    PlanReportOpener opener;

    @Schedule(hour = "7", minute = "0", persistent = true, info = "SCR: mantenimiento preventivo")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each plan commits on its own
    void everyMorning() {
        List<String> folios = open(LocalDate.now(CITY));
        if (!folios.isEmpty()) {
            LOG.info(() -> "Mantenimiento preventivo: se abrieron los reportes " + String.join(", ", folios));
        }
    }

    /** Opens the reports of the plans due on or before the date; returns the folios opened. */
    @RolesAllowed({"ADMIN", "MANTENIMIENTO"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> openDueReports(LocalDate date) {
        return open(date);
    }

    private List<String> open(LocalDate date) {
        List<Long> due = em.createNamedQuery(MaintenancePlan.DUE, Long.class).setParameter("date", date)
                .getResultList();
        List<String> folios = new ArrayList<>();
        for (Long planId : due) {
            try {
                opener.openIfDue(planId, date).ifPresent(folios::add);
            } catch (RuntimeException e) {
                // One plan's failure (e.g. its department deactivated) must not stop the others.
                LOG.log(Level.WARNING, "No se pudo abrir el reporte del plan de mantenimiento " + planId, e);
            }
        }
        return folios;
    }
}
