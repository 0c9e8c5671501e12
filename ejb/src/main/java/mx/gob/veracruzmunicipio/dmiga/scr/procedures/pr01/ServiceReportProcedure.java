package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUsed;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.ReportMaterials;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** The steps of PR-DMIGA-01 ({@link ServiceReportFlow}) as operations. */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class ServiceReportProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @Inject
    ReportMaterials materials;

    @EJB
    Signatures signatures;

    /** Step 2 (oficio): Mantenimiento finds that no material the directorate lacks is needed. */
    @Performs(ServiceReportFlow.NO_MATERIAL_NEEDED)
    public ReportView noMaterialNeeded(ReportRef report, Note data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.NO_MATERIAL_NEEDED, data);
    }

    /** Step 2 (oficio): the missing material is requested from Adquisiciones by oficio; the report waits. */
    @Performs(ServiceReportFlow.REQUEST_MATERIAL)
    public ReportView requestMaterial(ReportRef report, ReplyOficio data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.REQUEST_MATERIAL, data);
    }

    /** Step 2A: the material from Adquisiciones arrived. */
    @Performs(ServiceReportFlow.MATERIAL_RECEIVED)
    public ReportView materialReceived(ReportRef report, MaterialReceipt data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.MATERIAL_RECEIVED, data);
    }

    /** Step 3: Mantenimiento raises the service report; by phone, missing material sends it to closing. */
    @Performs(ServiceReportFlow.RAISE_REPORT)
    public ReportView raiseReport(ReportRef report, RaisedReport data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.RAISE_REPORT, data, r -> {
            // An oficio asked Adquisiciones at step 2 already: a second way would leave it unrequested.
            if (r.getChannel() == Channel.OFICIO && Boolean.TRUE.equals(data.materialMissing())) {
                throw new InvalidInputException("En una solicitud recibida por oficio el material faltante se "
                        + "solicita a Adquisiciones en el paso 2, no al levantar el reporte.");
            }
        });
    }

    /** Step 4: Mantenimiento attends the event; the material used leaves the directorate's stock. */
    @Performs(ServiceReportFlow.ATTEND)
    public ReportView attend(ReportRef report, EventAttention data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.ATTEND, data, r -> materials.consume(r, data.materials()));
    }

    /** Step 5: the requesting area (or Cero Papel for it) signs and rates the service. */
    @Performs(ServiceReportFlow.SIGN_AND_RATE)
    public ReportView signAndRate(ReportRef report, ServiceRating data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.SIGN_AND_RATE, data,
                r -> signatures.register(r, data.toSignature(r.getDepartment().getName(), Instant.now())));
    }

    /** Step 6: the SECRETARIA closes the report. */
    @Performs(ServiceReportFlow.CLOSE)
    public ReportView close(ReportRef report, Note data) {
        return workflow.perform(ServiceReportFlow.DEFINITION, report, ServiceReportFlow.CLOSE, data);
    }

    /** The material the report took from stock. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "MANTENIMIENTO", "CONTRALORIA", "ADMIN"})
    public List<MaterialUsed> materialsUsed(String folio) {
        return materials.of(reports.get(folio));
    }
}
