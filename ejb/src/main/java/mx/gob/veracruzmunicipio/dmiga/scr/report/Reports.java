package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.IncomingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * Reading reports: their timeline, their oficios, and the verification of the timeline's hash
 * chain. A person of another department sees only their department's reports.
 */
@Stateless
@RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "AREA_SOLICITANTE", "ADMIN", "CERO_PAPEL_CLIENT"})
public class Reports {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public Report get(String folio) {
        Report report = em.createNamedQuery(Report.BY_FOLIO, Report.class).setParameter("folio", folio)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No existe el reporte con folio " + folio + "."));
        if (context.isCallerInRole("AREA_SOLICITANTE")) {
            UserAccount me = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", context.getCallerPrincipal().getName()).getSingleResult();
            if (me.getDepartment() == null || !Objects.equals(me.getDepartment().getId(), report.getDepartment().getId())) {
                throw new NotFoundException("No existe el reporte con folio " + folio + ".");
            }
        }
        return report;
    }

    /** The folio of the report an oficio of Cero Papel opened, by the oficio's idCeroPapel. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "ADMIN", "CERO_PAPEL_CLIENT"})
    public String folioOfOficio(String ceroPapelId) {
        return em.createNamedQuery(IncomingOficio.BY_CERO_PAPEL_ID, IncomingOficio.class)
                .setParameter("ceroPapelId", ceroPapelId).getResultStream().findFirst()
                .map(oficio -> oficio.getReport().getFolio())
                .orElseThrow(() -> new NotFoundException("No existe un oficio con idCeroPapel " + ceroPapelId + "."));
    }

    /** The oficio that opened the report, if it came from Cero Papel. */
    public Optional<IncomingOficioView> incomingOficio(String folio) {
        return em.createNamedQuery(IncomingOficio.OF_REPORT, IncomingOficio.class).setParameter("report", get(folio))
                .getResultStream().findFirst().map(IncomingOficioView::of);
    }

    /** An attachment of the report's incoming oficio; only through its report, so the same people see it. */
    public IncomingOficioView.Download attachment(String folio, long attachmentId) {
        return em.createNamedQuery(IncomingOficio.OF_REPORT, IncomingOficio.class).setParameter("report", get(folio))
                .getResultStream().flatMap(o -> o.getAttachments().stream())
                .filter(a -> a.getId() == attachmentId).findFirst()
                .map(a -> new IncomingOficioView.Download(a.getFileName(), a.getMimeType(), a.getContent()))
                .orElseThrow(() -> new NotFoundException("El reporte " + folio + " no tiene ese documento."));
    }

    public ReportView view(String folio) {
        return ReportView.of(get(folio));
    }

    public List<TimelineView> timeline(String folio) {
        return entries(get(folio)).stream().map(TimelineView::of).toList();
    }

    public List<OutgoingOficio> outgoingOficios(String folio) {
        return em.createNamedQuery(OutgoingOficio.OF_REPORT, OutgoingOficio.class)
                .setParameter("report", get(folio)).getResultList();
    }

    /** The reply oficios of a report queued for Cero Papel (delivered or not), oldest first. */
    public List<ReplyOficioView> replyOficios(String folio) {
        return outgoingOficios(folio).stream().map(ReplyOficioView::of).toList();
    }

    /**
     * Recomputes every entry's hash from its stored content and the previous entry, and checks the
     * report's head against the last entry: an edited, inserted or deleted row is found.
     */
    @RolesAllowed({"DIRECTOR", "CONTRALORIA", "ADMIN"})
    public TimelineCheck verifyTimeline(String folio) {
        Report report = get(folio);
        List<TimelineEntry> entries = entries(report);
        String previous = null;
        int expectedSequence = 1;
        for (TimelineEntry entry : entries) {
            if (entry.getSequenceNumber() != expectedSequence) {
                return broken(folio, expectedSequence, "falta la entrada " + expectedSequence + " de la bitácora");
            }
            if (!Objects.equals(entry.getPreviousHash(), previous)) {
                return broken(folio, expectedSequence, "la entrada no se encadena con la anterior");
            }
            if (!entry.getHash().equals(entry.computeHash(previous))) {
                return broken(folio, expectedSequence, "el contenido de la entrada fue modificado");
            }
            previous = entry.getHash();
            expectedSequence++;
        }
        if (report.getTimelineLength() != entries.size() || !Objects.equals(report.getTimelineHead(), previous)) {
            return broken(folio, entries.size() + 1, "faltan entradas al final de la bitácora");
        }
        return new TimelineCheck(folio, true, null, "La bitácora está íntegra: " + entries.size() + " entradas.");
    }

    private static TimelineCheck broken(String folio, int sequence, String why) {
        return new TimelineCheck(folio, false, sequence, "La entrada " + sequence + " no coincide: " + why + ".");
    }

    private List<TimelineEntry> entries(Report report) {
        return em.createNamedQuery(TimelineEntry.OF_REPORT, TimelineEntry.class).setParameter("report", report)
                .getResultList();
    }
}
