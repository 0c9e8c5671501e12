package mx.gob.veracruzmunicipio.dmiga.scr.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.DictamenView;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03.EquipmentDictamenProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderProcedure;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.PaymentOrderView;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.report.TimelineView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignatureView;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.Signatures;

/**
 * The printable documents of a report as PDF. Whoever may open the report may print its
 * documents, and nobody else: every document is read through {@link Reports#get}, which hides
 * another department's reports from an AREA_SOLICITANTE; the payment order keeps the roles of
 * {@link PaymentOrderProcedure#order}. Reply oficios are printed once, when the engine queues them
 * ({@link #print}), so the PDF Cero Papel delivers and the one the intranet shows are the same.
 */
@Stateless
@RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "AREA_SOLICITANTE", "ADMIN"})
public class Documents {

    private static final String ORDER_EXISTS = "SELECT COUNT(o) FROM PaymentOrder o WHERE o.report = :report";
    private static final String DIRECTORS = "SELECT a FROM UserAccount a WHERE :role MEMBER OF a.roles"
            + " AND a.active = TRUE ORDER BY a.username";

    @PersistenceContext
    EntityManager em;

    @EJB
    Reports reports;

    @EJB
    Signatures signatures;

    @EJB
    EquipmentDictamenProcedure dictamens;

    @EJB
    PaymentOrderProcedure paymentOrders;

    /** The documents that apply to the report (by its procedure and how far it got), in print order. */
    public List<DocumentKind> available(String folio) {
        Report report = reports.get(folio);
        List<DocumentKind> kinds = new ArrayList<>();
        kinds.add(DocumentKind.REPORTE_SERVICIO);
        if (report.getProcedure() == ProcedureKey.PR_DMIGA_03) {
            kinds.add(DocumentKind.DICTAMEN_TECNICO);
        }
        if (report.getProcedure() == ProcedureKey.PR_DMIGA_04
                && em.createQuery(ORDER_EXISTS, Long.class).setParameter("report", report).getSingleResult() > 0) {
            kinds.add(DocumentKind.ORDEN_PAGO);
        }
        return kinds;
    }

    /** The report's document of that kind, as it stands now; reply oficios come from {@link #replyOficio}. */
    public DocumentFile render(String folio, DocumentKind kind) {
        Report report = reports.get(folio);
        if (!available(report.getFolio()).contains(kind)) {
            throw new NotFoundException("El reporte " + report.getFolio() + " no tiene " + kind.label().toLowerCase()
                    + ".");
        }
        byte[] pdf = switch (kind) {
            case REPORTE_SERVICIO -> serviceReport(report);
            case DICTAMEN_TECNICO -> {
                DictamenView dictamen = dictamens.dictamen(report.getFolio());
                yield DictamenDocument.render(dictamen, dictamen.issuedBy() == null ? null
                        : names(List.of(dictamen.issuedBy())).get(dictamen.issuedBy()));
            }
            case ORDEN_PAGO -> {
                PaymentOrderView order = paymentOrders.order(report.getFolio());
                yield PaymentOrderDocument.render(order, names(order.draftedBy() == null ? List.of()
                        : List.of(order.draftedBy())));
            }
            case OFICIO_RESPUESTA -> throw new NotFoundException("Indique cuál oficio de respuesta del reporte "
                    + report.getFolio() + ".");
        };
        return new DocumentFile(kind.fileName(report.getFolio()), pdf);
    }

    /** A reply oficio of the report, as it was printed when it was queued for Cero Papel. */
    public DocumentFile replyOficio(String folio, long oficioId) {
        return reports.outgoingOficios(folio).stream()
                .filter(o -> o.getId() == oficioId && o.getPdf() != null).findFirst()
                .map(o -> new DocumentFile(o.pdfFileName(), o.getPdf()))
                .orElseThrow(() -> new NotFoundException("El reporte " + folio + " no tiene ese oficio de respuesta."));
    }

    /**
     * Prints a reply oficio the engine just queued (it has its id) and stores the PDF with it, in
     * the step's transaction; the Director signs every reply oficio of the directorate.
     */
    @PermitAll
    public void print(OutgoingOficio oficio) {
        String director = em.createQuery(DIRECTORS, UserAccount.class).setParameter("role", Role.DIRECTOR)
                .setMaxResults(1).getResultStream().findFirst().map(UserAccount::getFullName).orElse(null);
        oficio.attachPdf(ReplyOficioDocument.render(oficio, director));
    }

    private byte[] serviceReport(Report report) {
        List<TimelineView> timeline = reports.timeline(report.getFolio());
        Optional<SignatureView> area = signatures.of(report).stream()
                .filter(s -> s.document() == SignedDocument.REPORTE_SERVICIO).findFirst();
        return ServiceReportDocument.render(report, timeline,
                names(timeline.stream().map(TimelineView::actorUsername).toList()), area);
    }

    /** Full names by username, for the people a document names. */
    private Map<String, String> names(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username IN :usernames", UserAccount.class)
                .setParameter("usernames", usernames.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName));
    }
}
