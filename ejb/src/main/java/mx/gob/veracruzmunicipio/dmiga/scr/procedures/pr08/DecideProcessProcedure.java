package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-08 ({@link DecideProcessFlow}) as operations. The process data is written
 * by the effects, which the engine runs only after the step's checks and in its transaction, so a
 * refused action leaves no trace in {@link DecideProcess} either.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class DecideProcessProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @PersistenceContext
    EntityManager em;

    /** Step 2: the Director authorizes and routes the request to the Subdirección de Modernización. */
    @Performs(DecideProcessFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.AUTHORIZE, data);
    }

    /** Step 3: SM trains the area and grants collaboration permissions; the process record starts. */
    @Performs(DecideProcessFlow.TRAIN)
    public ReportView recordTraining(ReportRef report, DecideTraining data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.TRAIN, data, r -> em.persist(
                new DecideProcess(r, data.processType(), data.trainedOn(), data.collaborators())));
    }

    /** Step 4: SM helps integrate the consultation's information; the portal gives its URL or ID. */
    @Performs(DecideProcessFlow.INTEGRATE)
    public ReportView integrateInformation(ReportRef report, DecideInformation data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.INTEGRATE, data,
                r -> processOf(r).integrate(data.title(), data.portalReference()));
    }

    /** Step 5: the requesting area starts the consultation for its period. */
    @Performs(DecideProcessFlow.START)
    public ReportView startConsultation(ReportRef report, ConsultationStart data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.START, data,
                r -> processOf(r).open(data.opensOn(), data.closesOn()));
    }

    /** Step 6: the requesting area closes the process. */
    @Performs(DecideProcessFlow.CLOSE)
    public ReportView closeProcess(ReportRef report, ConsultationClosing data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.CLOSE, data,
                r -> processOf(r).close(data.participants(), now()));
    }

    /** Step 7: SM delivers the results to the requesting area by oficio through Cero Papel. */
    @Performs(DecideProcessFlow.DELIVER_RESULTS)
    public ReportView deliverResults(ReportRef report, DecideResults data) {
        return workflow.perform(DecideProcessFlow.DEFINITION, report, DecideProcessFlow.DELIVER_RESULTS, data,
                r -> processOf(r).deliverResults(data.results(), now()));
    }

    /**
     * The Decide process of a report, empty before step 3. Read through {@link Reports}, so the same
     * people see it as see the report (an outside area only its own).
     */
    public Optional<DecideProcessView> process(String folio) {
        Report report = reports.get(folio);
        return em.createNamedQuery(DecideProcess.OF_REPORT, DecideProcess.class).setParameter("report", report)
                .getResultStream().findFirst().map(DecideProcessView::of);
    }

    private DecideProcess processOf(Report report) {
        // Step 3 created it and the flow has no way around step 3.
        return em.createNamedQuery(DecideProcess.OF_REPORT, DecideProcess.class).setParameter("report", report)
                .getSingleResult();
    }

    /** Millisecond precision, like the timeline, so both show the same instant. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
