package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr10;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.WorkNote;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Assignment;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** The steps of PR-DMIGA-10 ({@link CeroFilasFlow}) as operations. */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class CeroFilasProcedure {

    @EJB
    Workflow workflow;

    /** Step 2: the Director authorizes and routes the request to the Subdirección de Tecnologías. */
    @Performs(CeroFilasFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.AUTHORIZE, data);
    }

    /** Step 2A: ST sends the request to Development for analysis and technical training. */
    @Performs(CeroFilasFlow.ROUTE_TO_DEVELOPMENT)
    public ReportView routeToDevelopment(ReportRef report, Authorization data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.ROUTE_TO_DEVELOPMENT, data);
    }

    /** Step 2B: Development analyzes the request and, when needed, trains the department. */
    @Performs(CeroFilasFlow.ANALYZE)
    public ReportView recordAnalysis(ReportRef report, CeroFilasAnalysis data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.ANALYZE, data);
    }

    /** Step 3: whether the department can implement Cero Filas; yes goes to installation, no to the reply. */
    @Performs(CeroFilasFlow.DECIDE_CAPACITY)
    public ReportView decideCapacity(ReportRef report, CapacityDecision data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.DECIDE_CAPACITY, data);
    }

    /** Step 4: ST sends a person of Mantenimiento, who takes the installation. */
    @Performs(CeroFilasFlow.SEND_MAINTENANCE)
    public ReportView sendMaintenance(ReportRef report, Assignment data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.SEND_MAINTENANCE, data);
    }

    /** Step 5: Mantenimiento installs the infrastructure and reports to ST. */
    @Performs(CeroFilasFlow.INSTALL)
    public ReportView reportInstallation(ReportRef report, WorkNote data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.INSTALL, data);
    }

    /** Step 6: ST replies to the requesting area by oficio through Cero Papel. */
    @Performs(CeroFilasFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(CeroFilasFlow.DEFINITION, report, CeroFilasFlow.REPLY, data);
    }
}
