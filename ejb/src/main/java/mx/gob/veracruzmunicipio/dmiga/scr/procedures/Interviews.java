package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;

/** The requirement interviews of PR-DMIGA-05 and PR-DMIGA-11: recorded as an action's effect, read back. */
@Stateless
public class Interviews {

    @EJB
    Reports reports;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Called inside the interview action, after the engine's checks, in its transaction. */
    @PermitAll
    public void record(Report report, Interview interview) {
        em.persist(new RecordedInterview(report, interview, context.getCallerPrincipal().getName()));
    }

    /** The interviews recorded for a report, oldest first. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
            "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO"})
    public List<InterviewView> of(String folio) {
        return em.createNamedQuery(RecordedInterview.OF_REPORT, RecordedInterview.class)
                .setParameter("report", reports.get(folio))
                .getResultStream().map(InterviewView::of).toList();
    }
}
