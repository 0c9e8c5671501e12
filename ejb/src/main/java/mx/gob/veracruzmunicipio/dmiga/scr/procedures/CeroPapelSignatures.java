package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceRating;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr01.ServiceReportProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenFlow;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.NewSignature;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ProcedureDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;

/**
 * The signatures Cero Papel collects from the areas (contract operation RegistrarFirma), each
 * handed to the procedure step that awaits it: the signed and rated service report is step 5 of
 * PR-DMIGA-01, a signature of the Dictamen Técnico step 5 of PR-DMIGA-03. The payment order of
 * PR-DMIGA-04 is signed inside SCR by each signer, so Cero Papel has nothing to send for it.
 * <p>
 * Idempotent per (folio, documento, firmante): the report's row is locked first, so of two copies
 * of one signature arriving together the second waits and then finds the first.
 */
@Stateless
@RolesAllowed("CERO_PAPEL_CLIENT")
public class CeroPapelSignatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @EJB
    Signatures signatures;

    @EJB
    ServiceReportProcedure serviceReports;

    @EJB
    EquipmentDictamenProcedure dictamens;

    public SignatureReceipt register(String folio, NewSignature signature) {
        if (folio == null || folio.isBlank()) {
            throw new InvalidInputException("El folio del reporte es obligatorio.");
        }
        if (signature == null) {
            throw new InvalidInputException("La firma es obligatoria.");
        }
        validation.require(signature);
        Report report = lockedReport(folio.strip());
        Optional<SignatureView> earlier = signatures.find(report.getFolio(), signature.document(), signature.signerName());
        if (earlier.isPresent()) {
            return receipt(report, earlier.get(), true);
        }
        ReportRef ref = new ReportRef(report.getFolio(), report.getVersion());
        switch (signature.document()) {
            case REPORTE_SERVICIO -> {
                requireStep(report, ServiceReportFlow.DEFINITION, "5", "el reporte de servicio firmado y calificado");
                // Registered first with Cero Papel's details: the step's own registration then finds it
                signatures.register(report, signature);
                serviceReports.signAndRate(ref, new ServiceRating(signature.signerName(), signature.rating(),
                        signature.comment(), signedBy(signature)));
            }
            case DICTAMEN_TECNICO -> {
                if (signature.rating() != null) {
                    throw new InvalidInputException("La calificación solo se envía al firmar un reporte de servicio;"
                            + " el dictamen técnico no se califica.");
                }
                requireStep(report, EquipmentDictamenFlow.DEFINITION, EquipmentDictamenFlow.SIGNATURES_STEP,
                        "las firmas del dictamen técnico");
                dictamens.sign(ref, new DictamenSignature(signature.signerName(), signature.signerPosition(),
                        signature.signerDepartment(), signature.signedAt(), signature.comment()));
            }
            case ORDEN_PAGO -> throw new InvalidInputException("La orden de pago (" + ProcedureKey.PR_DMIGA_04.code()
                    + ") la firman en SCR la Dirección, Adquisiciones, la Contraloría Interna, Presupuestos y la"
                    + " Comisión de Hacienda; no recibe firmas de Cero Papel.");
            default -> throw new InvalidInputException("El documento " + signature.document().name()
                    + " no se firma por medio de RegistrarFirma; use REPORTE_SERVICIO (" + ProcedureKey.PR_DMIGA_01.code()
                    + ") o DICTAMEN_TECNICO (" + ProcedureKey.PR_DMIGA_03.code() + ").");
        }
        SignatureView registered = signatures.find(report.getFolio(), signature.document(), signature.signerName())
                .orElseThrow(() -> new IllegalStateException("Signature of " + report.getFolio() + " not stored"));
        return receipt(report, registered, false);
    }

    /** The report, locked until commit: signatures of one report take turns. */
    private Report lockedReport(String folio) {
        return em.createNamedQuery(Report.BY_FOLIO, Report.class).setParameter("folio", folio)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No existe el reporte con folio " + folio + "."));
    }

    /** The document belongs to the report's procedure, and the report waits at the step that takes it. */
    private static void requireStep(Report report, ProcedureDefinition procedure, String stepId, String what) {
        if (report.getProcedure() != procedure.key()) {
            throw new InvalidInputException("El reporte " + report.getFolio() + " es de "
                    + (report.getProcedure() == null ? "un oficio sin clasificar"
                            : report.getProcedure().code() + " (" + report.getProcedure().title() + ")")
                    + ": " + what + " solo corresponde a " + procedure.key().code() + ".");
        }
        if (report.getStatus().isFinal()) {
            throw new ActionRefusedException("El reporte " + report.getFolio() + " ya está "
                    + report.getStatus().label().toLowerCase(Locale.ROOT) + "; no admite más firmas.");
        }
        if (!stepId.equals(report.getCurrentStep())) {
            StepDefinition current = procedure.step(report.getCurrentStep());
            StepDefinition expected = procedure.step(stepId);
            throw new ActionRefusedException("El reporte " + report.getFolio() + " está en el paso " + current.id()
                    + " («" + current.activity() + "»); " + what + " se recibe en el paso " + expected.id()
                    + " («" + expected.activity() + "»).");
        }
    }

    private static String signedBy(NewSignature signature) {
        return "Firmado en Cero Papel por " + signature.signerName().strip() + ", " + signature.signerPosition().strip()
                + ", " + signature.signerDepartment().strip() + ".";
    }

    private static SignatureReceipt receipt(Report report, SignatureView signature, boolean duplicate) {
        return new SignatureReceipt(report.getFolio(), signature.document(), signature.signerName(),
                signature.registeredAt(), duplicate, report.getStatus(), report.getCurrentStep());
    }
}
