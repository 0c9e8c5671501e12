package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.StepDefinition;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-03 ({@link EquipmentDictamenFlow}) as operations, and the dictamen they
 * build. The items, findings and verdicts are written by effects, which the engine runs only after
 * its checks (version, step, role, data) and in the action's transaction: a refused action writes
 * nothing.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
@DeclareRoles({"MANTENIMIENTO", "CERO_PAPEL_CLIENT"})
public class EquipmentDictamenProcedure {

    private static final ZoneId CITY_HALL = ZoneId.of("America/Mexico_City");

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @EJB
    Workflow workflow;

    @EJB
    Signatures signatures;

    @EJB
    Reports reports;

    /** Step 1A: the SECRETARIA captures the service report of the oficio Cero Papel delivered. */
    @Performs(EquipmentDictamenFlow.CAPTURE_REPORT)
    public ReportView captureReport(ReportRef report, Note data) {
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.CAPTURE_REPORT, data);
    }

    /** Step 2: MANTENIMIENTO receives the items of equipment; they become the dictamen's items. */
    @Performs(EquipmentDictamenFlow.RECEIVE_EQUIPMENT)
    public ReportView receiveEquipment(ReportRef report, EquipmentReception data) {
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.RECEIVE_EQUIPMENT, data,
                r -> em.persist(new EquipmentDictamen(r, data.items(), caller(), now())));
    }

    /**
     * Step 3, once per item: its damaged or obsolete parts and its verdict (baja, or reparable with
     * the technical requirements). Again for the same item replaces the earlier verification.
     */
    @Performs(EquipmentDictamenFlow.VERIFY_ITEM)
    public ReportView verifyItem(ReportRef report, ItemVerification data) {
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.VERIFY_ITEM, data, r -> dictamenOf(r)
                .item(data.inventoryNumber())
                .orElseThrow(() -> new InvalidInputException("No se recibió ningún bien con número de inventario «"
                        + data.inventoryNumber().strip() + "» en el reporte " + r.getFolio() + "."))
                .verify(data, caller(), now()));
    }

    /** Step 3, at the end: MANTENIMIENTO issues the dictamen, refused while an item lacks its verdict. */
    @Performs(EquipmentDictamenFlow.ISSUE_DICTAMEN)
    public ReportView issueDictamen(ReportRef report, Note data) {
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.ISSUE_DICTAMEN, data, r -> {
            EquipmentDictamen dictamen = dictamenOf(r);
            List<DictamenItem> unverified = dictamen.unverified();
            if (!unverified.isEmpty()) {
                throw new InvalidInputException(unverified.stream()
                        .map(item -> "El bien " + item.describe() + " no tiene dictamen: indique sus partes dañadas "
                                + "u obsoletas y si procede su baja o es reparable.")
                        .toList());
            }
            dictamen.issue(caller(), now());
        });
    }

    /**
     * Step 5: an involved area's signature on the dictamen, from Cero Papel (or captured by
     * MANTENIMIENTO). Once the signatures the dictamen needs are in, the report goes on to be
     * closed. The same signer again (a retry) changes nothing and returns where the report stands,
     * even if it has moved on meanwhile.
     */
    @Performs(EquipmentDictamenFlow.SIGN)
    public ReportView sign(ReportRef report, DictamenSignature data) {
        if (report != null && report.folio() != null && data != null) {
            if (signatures.find(report.folio(), SignedDocument.DICTAMEN_TECNICO, data.signerName()).isPresent()) {
                requireSignatureRole(report.folio());
                return reports.view(report.folio());
            }
        }
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.SIGN, data,
                r -> signatures.register(r, data.toSignature()));
    }

    /** Step 6: MANTENIMIENTO closes the report. */
    @Performs(EquipmentDictamenFlow.CLOSE)
    public ReportView close(ReportRef report, Note data) {
        return workflow.perform(EquipmentDictamenFlow.DEFINITION, report, EquipmentDictamenFlow.CLOSE, data);
    }

    /** The Dictamen Técnico of a PR-DMIGA-03 report as it stands, for the PDF and the intranet. */
    public DictamenView dictamen(String folio) {
        Report report = reports.get(folio);
        if (report.getProcedure() != ProcedureKey.PR_DMIGA_03) {
            throw new InvalidInputException("El reporte " + folio + " no es de " + ProcedureKey.PR_DMIGA_03.code()
                    + " (" + ProcedureKey.PR_DMIGA_03.title() + "): no tiene dictamen técnico.");
        }
        EquipmentDictamen dictamen = em.createNamedQuery(EquipmentDictamen.OF_REPORT, EquipmentDictamen.class)
                .setParameter("report", report).getResultStream().findFirst().orElse(null);
        List<DictamenView.Item> items = dictamen == null ? List.of() : dictamen.getItems().stream()
                .map(item -> new DictamenView.Item(item.getLineNumber(), item.getInventoryNumber(), item.getType(),
                        item.getBrand(), item.getModel(), item.getSerialNumber(),
                        item.getFindings().stream()
                                .map(f -> new Finding(f.getPart(), f.getCondition(), f.getDetail())).toList(),
                        item.getVerdict(), item.getRequirements()))
                .toList();
        List<SignatureView> signed = signatures.of(report).stream()
                .filter(s -> s.document() == SignedDocument.DICTAMEN_TECNICO).toList();
        Instant issuedAt = dictamen == null ? null : dictamen.getIssuedAt();
        return new DictamenView(report.getFolio(), report.getDepartment().getName(),
                issuedAt == null ? null : issuedAt.atZone(CITY_HALL).toLocalDate(), issuedAt,
                dictamen == null ? null : dictamen.getIssuedBy(), DictamenView.LEGAL_BASIS, items, signed,
                DictamenSigners.missing(report.getDepartment().getCode(), report.getDepartment().getName(), signed));
    }

    private EquipmentDictamen dictamenOf(Report report) {
        return em.createNamedQuery(EquipmentDictamen.OF_REPORT, EquipmentDictamen.class)
                .setParameter("report", report).getResultStream().findFirst()
                // Step 2 always creates it, so only a broken database gets here.
                .orElseThrow(() -> new IllegalStateException("Report " + report.getFolio() + " has no dictamen"));
    }

    /** A retried signature is answered only to whoever could have registered it. */
    private void requireSignatureRole(String folio) {
        StepDefinition step = EquipmentDictamenFlow.DEFINITION.step(EquipmentDictamenFlow.SIGNATURES_STEP);
        List<Role> allowed = Stream.concat(Stream.of(step.role()), step.delegates().stream()).toList();
        if (allowed.stream().noneMatch(role -> context.isCallerInRole(role.name()))) {
            throw new ActionRefusedException("Su usuario no puede registrar firmas del dictamen técnico del reporte "
                    + folio + ": se requiere el rol "
                    + String.join(" o ", allowed.stream().map(Role::label).toList()) + ".");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
