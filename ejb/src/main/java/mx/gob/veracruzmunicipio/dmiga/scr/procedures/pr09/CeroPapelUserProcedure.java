package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** The steps of PR-DMIGA-09 ({@link CeroPapelUserFlow}) as operations. */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class CeroPapelUserProcedure {

    @EJB
    Workflow workflow;

    /** Step 2: the Director authorizes and routes the request to the administrative coordinator. */
    @Performs(CeroPapelUserFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.AUTHORIZE, data);
    }

    /** Step 3: the coordinator trains the person on Cero Papel. */
    @Performs(CeroPapelUserFlow.TRAIN)
    public ReportView recordTraining(ReportRef report, CeroPapelTraining data) {
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.TRAIN, data);
    }

    /** Step 4: the coordinator generates the person's access to Cero Papel. */
    @Performs(CeroPapelUserFlow.GENERATE_ACCESS)
    public ReportView generateAccess(ReportRef report, CeroPapelAccess data) {
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.GENERATE_ACCESS, data);
    }

    /** Step 5: the coordinator replies to the requesting area by oficio through Cero Papel. */
    @Performs(CeroPapelUserFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.REPLY, data);
    }
}
