package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The search over all reports, open or finished, of every department, with the Bandeja's filters
 * (the status filter here includes Cerrado and Declinado). Allowed to the roles that may open any
 * report ({@link Reports}); an AREA_SOLICITANTE may open only their own department's reports and so
 * has no search, only their Bandeja.
 */
@Stateless
@RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "ADMIN"})
public class ReportSearch {

    @PersistenceContext
    EntityManager em;

    public long count(InboxFilter filter) {
        return ReportQuery.filteredBy(filter).count(em);
    }

    /** A page of the result, newest first unless another order is asked for. */
    public List<ReportView> page(InboxFilter filter, int first, int size, InboxSort sort, boolean ascending) {
        return sort == null ? ReportQuery.filteredBy(filter).page(em, first, size, InboxSort.CREATED, false)
                : ReportQuery.filteredBy(filter).page(em, first, size, sort, ascending);
    }
}
