package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.NewReport;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * Opens one plan's report for its due date, in a transaction of its own so that one failing plan
 * does not undo the others. Called by {@link PreventiveMaintenance} under its run-as identity: the
 * engine accepts the intake step from the SECRETARIA role.
 */
@Stateless
@RolesAllowed("SECRETARIA")
public class PlanReportOpener {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
            Locale.forLanguageTag("es-MX"));

    @PersistenceContext
    EntityManager em;

    @EJB
    Workflow workflow;

    /**
     * The folio opened, or empty when the plan is not (or no longer) due on that date. The plan's
     * row lock makes a second run wait and then find the next date already advanced.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> openIfDue(long planId, LocalDate date) {
        MaintenancePlan plan = em.find(MaintenancePlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.isActive() || plan.getNextDate().isAfter(date)) {
            return Optional.empty();
        }
        LocalDate due = plan.getNextDate();
        boolean opened = em.createNamedQuery(PlanReport.COUNT, Long.class).setParameter("plan", plan)
                .setParameter("dueDate", due).getSingleResult() > 0;
        Optional<String> folio = Optional.empty();
        if (!opened) {
            Report report = workflow.open(new NewReport(ProcedureKey.PR_DMIGA_02, Channel.TELEFONO,
                    plan.getDepartment(), null, plan.getPriority(),
                    "Mantenimiento preventivo: " + plan.getLine() + " en " + plan.getSite(),
                    "Mantenimiento preventivo " + plan.getFrequency().label().toLowerCase(Locale.ROOT)
                            + " programado para el " + DATE.format(due) + " (plan de mantenimiento " + plan.getId()
                            + ").",
                    "Plan de mantenimiento preventivo"),
                    new Note("Generado por el plan de mantenimiento " + plan.getId() + " para el "
                            + DATE.format(due) + "."));
            em.persist(new PlanReport(plan, due, report));
            folio = Optional.of(report.getFolio());
        }
        plan.advancePast(date);
        return folio;
    }
}
