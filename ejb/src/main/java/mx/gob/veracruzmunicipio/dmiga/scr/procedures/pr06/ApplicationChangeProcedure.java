package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr06;

import jakarta.ejb.EJB;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.TestResult;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** The steps of PR-DMIGA-06 ({@link ApplicationChangeFlow}) as operations. */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class ApplicationChangeProcedure {

    @EJB
    Workflow workflow;

    /** Step 2: the SECRETARIA generates the report of the oficio. */
    @Performs(ApplicationChangeFlow.GENERATE_REPORT)
    public ReportView generateReport(ReportRef report, Note data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.GENERATE_REPORT, data);
    }

    /** Step 3: the Director authorizes and instructs the development coordinator. */
    @Performs(ApplicationChangeFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.AUTHORIZE, data);
    }

    /** Step 4: the coordinator turns the change over to a programmer. */
    @Performs(ApplicationChangeFlow.ROUTE_TO_PROGRAMMER)
    public ReportView routeToProgrammer(ReportRef report, Assignment data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.ROUTE_TO_PROGRAMMER, data);
    }

    /** Step 5: the programmer programs the change. */
    @Performs(ApplicationChangeFlow.PROGRAM)
    public ReportView program(ReportRef report, WorkNote data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.PROGRAM, data);
    }

    /** Step 6: the programmer implements and tests it; failures go back to step 5. */
    @Performs(ApplicationChangeFlow.TEST)
    public ReportView recordTests(ReportRef report, TestResult data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.TEST, data);
    }

    /** Step 7: the SECRETARIA replies to the requesting area by oficio. */
    @Performs(ApplicationChangeFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(ApplicationChangeFlow.DEFINITION, report, ApplicationChangeFlow.REPLY, data);
    }
}
