package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

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

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;

/**
 * Asks SAT again, every 15 minutes, about the invoices of the reports waiting at step 2 because SAT
 * did not answer their last query, so that none waits on a person to retry. A persistent timer kept
 * in the database (config: timer-service data store), so in a cluster it fires on one node only; a
 * report acted on meanwhile is simply refused by the engine (its version changed).
 *
 * <p>A timer has no caller: the bean runs as the SECRETARIA role (step 2's) under the principal
 * {@code sistema} set in jboss-ejb3.xml, so the evidence and the timeline name the system.
 */
@Singleton
// The timer store's table lives in SCR's schema: it must exist before the timer starts.
@DependsOn("DatabaseMigration")
@RunAs("SECRETARIA")
@PermitAll // the timeout callback has no caller; the manual run below is restricted
public class SatRetries {

    private static final Logger LOG = Logger.getLogger(SatRetries.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    PaymentOrderProcedure paymentOrders;

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = "SCR: reintentos de consulta al SAT")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // SAT is asked outside any transaction
    void everyQuarterHour() {
        List<String> moved = retry();
        if (!moved.isEmpty()) {
            LOG.info(() -> "El SAT respondió en el reintento; avanzaron los reportes " + String.join(", ", moved));
        }
    }

    /** Asks SAT again for every report waiting on it; returns the folios that left step 2. */
    @RolesAllowed({"ADMIN", "SECRETARIA"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> retryNow() {
        return retry();
    }

    private List<String> retry() {
        List<ReportRef> waiting = em.createNamedQuery(PaymentOrder.AWAITING_SAT, ReportRef.class).getResultList();
        List<String> moved = new ArrayList<>();
        for (ReportRef report : waiting) {
            try {
                paymentOrders.checkSat(report, SatCheck.ask("Consulta automática: el SAT no había respondido"));
                moved.add(report.folio());
            } catch (SatUnavailableException e) {
                LOG.info(() -> "El SAT sigue sin responder para el reporte " + report.folio());
            } catch (RuntimeException e) {
                // One report's refusal (changed meanwhile, assigned to a person) must not stop the others.
                LOG.log(Level.WARNING, "No se pudo reintentar la consulta al SAT del reporte " + report.folio(), e);
            }
        }
        return moved;
    }
}
