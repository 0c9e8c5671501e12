package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr11;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interview;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Interviews;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-11 ({@link WebPortalFlow}) as operations. The Director declines a request
 * with {@link Workflow#decline}, which the engine offers at every step.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class WebPortalProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Interviews interviews;

    /** Step 2: the Director authorizes the request and instructs the Subdirección de Tecnologías. */
    @Performs(WebPortalFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.AUTHORIZE, data);
    }

    /** Step 3: ST routes the report to development, naming the coordinator who takes it. */
    @Performs(WebPortalFlow.ROUTE_TO_DEVELOPMENT)
    public ReportView routeToDevelopment(ReportRef report, Assignment data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.ROUTE_TO_DEVELOPMENT, data);
    }

    /**
     * Step 4: development records an interview with the requesting area; interviews repeat until
     * the data says all requirements are gathered.
     */
    @Performs(WebPortalFlow.INTERVIEW)
    public ReportView interview(ReportRef report, Interview data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.INTERVIEW, data,
                current -> interviews.record(current, data));
    }

    /** Step 5: the requirements analysis. */
    @Performs(WebPortalFlow.ANALYZE)
    public ReportView analyze(ReportRef report, WorkNote data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.ANALYZE, data);
    }

    /** Step 6: the design of the portal or microsite. */
    @Performs(WebPortalFlow.DESIGN)
    public ReportView design(ReportRef report, WorkNote data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.DESIGN, data);
    }

    /** Step 7: the implementation. */
    @Performs(WebPortalFlow.IMPLEMENT)
    public ReportView implement(ReportRef report, WorkNote data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.IMPLEMENT, data);
    }

    /** Step 8: the tests; failures go back to implementation (step 7). */
    @Performs(WebPortalFlow.TEST)
    public ReportView recordTests(ReportRef report, TestResult data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.TEST, data);
    }

    /** Step 9: the reply oficio telling the requesting area its request was attended. */
    @Performs(WebPortalFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(WebPortalFlow.DEFINITION, report, WebPortalFlow.REPLY, data);
    }

}
