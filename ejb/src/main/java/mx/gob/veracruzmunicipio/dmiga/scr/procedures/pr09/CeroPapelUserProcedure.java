package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequestReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.Authorization;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningOutcome;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-09 ({@link CeroPapelUserFlow}) as operations. When the oficio states the
 * account ({@code solicitudUsuario}), a {@link CeroPapelRequest} follows the report: the Director's
 * authorization approves it for Cero Papel's provisioning, and the reply oficio delivers it.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class CeroPapelUserProcedure {

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @PersistenceContext
    EntityManager em;

    /** Step 2: the Director authorizes and routes the request to the administrative coordinator. */
    @Performs(CeroPapelUserFlow.AUTHORIZE)
    public ReportView authorize(ReportRef report, Authorization data) {
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.AUTHORIZE, data,
                r -> requestOf(r).filter(request -> request.getStatus() == CeroPapelRequestStatus.REGISTRADA)
                        .ifPresent(request -> request.approve(now())));
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
        return workflow.perform(CeroPapelUserFlow.DEFINITION, report, CeroPapelUserFlow.REPLY, data,
                r -> requestOf(r).filter(request -> request.getStatus() == CeroPapelRequestStatus.CREADO
                                || request.getStatus() == CeroPapelRequestStatus.ELIMINADO)
                        .ifPresent(request -> request.deliver(now())));
    }

    /** A PR-DMIGA-09 oficio that states the account has its request on file at once. */
    public void recordFromOficio(@Observes UserRequestReceived received) {
        Report report = received.report();
        if (report.getProcedure() != ProcedureKey.PR_DMIGA_09) {
            return;
        }
        UserRequest user = received.request();
        // A baja removes the user Cero Papel created for the same employee, when SCR knows it.
        String profile = user.movement() == As400Movement.BAJA
                ? em.createNamedQuery(CeroPapelRequest.EMPLOYEE_PROFILES, String.class)
                        .setParameter("employeeNumber", user.employee().employeeNumber().strip())
                        .setParameter("created", ProvisioningOutcome.CREADO).setMaxResults(1)
                        .getResultStream().findFirst().orElse(null)
                : null;
        em.persist(new CeroPapelRequest(report, user.movement(), new Employee(user.employee().givenNames(),
                user.employee().firstSurname(), user.employee().secondSurname(), user.employee().employeeNumber()),
                user.modules(), profile, now()));
    }

    /** The account request of a report, if its oficio stated one. */
    public Optional<CeroPapelRequestView> request(String folio) {
        return requestOf(reports.get(folio)).map(CeroPapelRequestView::of);
    }

    /**
     * Step 4's form filled in from the request: the person's name and the user name Cero Papel
     * reported, so the coordinator does not retype them.
     */
    public Optional<CeroPapelAccess> accessDraft(String folio) {
        return requestOf(reports.get(folio)).map(request -> new CeroPapelAccess(request.getEmployee().fullName(), null,
                null, request.getProfileName(), null));
    }

    /**
     * After Cero Papel reported ERROR, the coordinator (having read the message and fixed the cause)
     * offers the request to Cero Papel's provisioning again.
     */
    @RolesAllowed("COORD_SEGUIMIENTO")
    public CeroPapelRequestView requestProvisioningAgain(String folio) {
        CeroPapelRequest request = requestOf(reports.get(folio)).orElseThrow(() -> new InvalidInputException(
                "El reporte " + folio + " no tiene una solicitud de usuario de Cero Papel."));
        if (request.getStatus() != CeroPapelRequestStatus.ERROR || request.getReport().getStatus().isFinal()) {
            throw new InvalidInputException("Solo una solicitud con error de Cero Papel, de un reporte en trámite, "
                    + "puede enviarse de nuevo.");
        }
        request.approve(now());
        return CeroPapelRequestView.of(request);
    }

    private Optional<CeroPapelRequest> requestOf(Report report) {
        return em.createNamedQuery(CeroPapelRequest.OF_REPORT, CeroPapelRequest.class).setParameter("report", report)
                .getResultStream().findFirst();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
