package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr05;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interview;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interviews;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-05 ({@link ApplicationDevelopmentFlow}) as operations. The Director
 * declines a request with {@link Workflow#decline}, which the engine offers at every step.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class ApplicationDevelopmentProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Interviews interviews;

    /** Step 2: the SECRETARIA generates the report of the oficio. */
    @Performs(ApplicationDevelopmentFlow.GENERATE_REPORT)
    public ReportView generateReport(ReportRef report, Note data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.GENERATE_REPORT, data);
    }

    /** Step 3: the Director authorizes the request and instructs the Subdirección de Tecnologías. */
    @Performs(ApplicationDevelopmentFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.AUTHORIZE, data);
    }

    /** Step 4: ST routes the report to development, naming the coordinator who takes it. */
    @Performs(ApplicationDevelopmentFlow.ROUTE_TO_DEVELOPMENT)
    public ReportView routeToDevelopment(ReportRef report, Assignment data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.ROUTE_TO_DEVELOPMENT, data);
    }

    /**
     * Steps 5–6: development records an interview (preliminary with the area's manager, then with
     * operational staff); interviews repeat until the data says all requirements are gathered.
     */
    @Performs(ApplicationDevelopmentFlow.INTERVIEW)
    public ReportView interview(ReportRef report, Interview data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.INTERVIEW, data,
                current -> interviews.record(current, data));
    }

    /** Step 7: the requirements analysis. */
    @Performs(ApplicationDevelopmentFlow.ANALYZE)
    public ReportView analyze(ReportRef report, WorkNote data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.ANALYZE, data);
    }

    /** Step 8: the system design. */
    @Performs(ApplicationDevelopmentFlow.DESIGN)
    public ReportView design(ReportRef report, WorkNote data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.DESIGN, data);
    }

    /** Step 9: the implementation. */
    @Performs(ApplicationDevelopmentFlow.IMPLEMENT)
    public ReportView implement(ReportRef report, WorkNote data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.IMPLEMENT, data);
    }

    /** Step 10: the tests; failures go back to implementation (step 9). */
    @Performs(ApplicationDevelopmentFlow.TEST)
    public ReportView recordTests(ReportRef report, TestResult data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.TEST, data);
    }

    /** Step 11: the reply oficio telling the requesting area its request was attended. */
    @Performs(ApplicationDevelopmentFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(ApplicationDevelopmentFlow.DEFINITION, report, ApplicationDevelopmentFlow.REPLY, data);
    }

}
