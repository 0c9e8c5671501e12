package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.IncomingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OficioUserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.NewReport;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** Step 1 of every procedure: a request becomes a report with a folio. */
@Stateless
public class ReportIntake {

    /** Only these procedures start with a phone call; the others start with an oficio. */
    static final Set<ProcedureKey> BY_PHONE = EnumSet.of(ProcedureKey.PR_DMIGA_01, ProcedureKey.PR_DMIGA_02);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    @EJB
    Workflow workflow;

    @Inject
    Event<UserRequestReceived> userRequests;

    /**
     * The SECRETARIA captures a phone request. Refused, with the manual's reason, when its category
     * needs an oficio through Cero Papel (policy 1.3) or its procedure starts only by oficio.
     */
    @RolesAllowed("SECRETARIA")
    public ReportView registerPhoneRequest(PhoneRequest request) {
        validation.require(request);
        if (request.category().requiresOficio()) {
            throw new InvalidInputException("Las solicitudes de «" + request.category().label()
                    + "» requieren oficio por medio de Cero Papel (política 1.3 del manual); no se reciben por teléfono.");
        }
        if (!BY_PHONE.contains(request.procedure())) {
            throw new InvalidInputException("El procedimiento " + request.procedure().code() + " ("
                    + request.procedure().title() + ") inicia con un oficio por medio de Cero Papel; no se recibe por teléfono.");
        }
        Department department = department(request.departmentCode());
        return ReportView.of(workflow.open(new NewReport(request.procedure(), Channel.TELEFONO, department,
                request.category(), request.priority(), request.subject(), request.description(),
                request.requester()), new ActionData.Note(request.observations())));
    }

    /**
     * Cero Papel delivers an oficio: it opens a report of the oficio's procedure, or one for the
     * SECRETARIA to classify. The same oficio again (same idCeroPapel) gets the first receipt back,
     * marked duplicate, and nothing new is stored. A user request in the oficio is kept with it and
     * handed to the report's procedure ({@link UserRequestReceived}), which may still refuse it.
     */
    @RolesAllowed("CERO_PAPEL_CLIENT")
    public OficioReceipt receiveOficio(OficioReceived oficio) {
        validation.require(oficio);
        IncomingOficio earlier = em.createNamedQuery(IncomingOficio.BY_CERO_PAPEL_ID, IncomingOficio.class)
                .setParameter("ceroPapelId", oficio.ceroPapelId())
                .getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            return new OficioReceipt(earlier.getReport().getFolio(), earlier.getCeroPapelId(), earlier.getReceivedAt(),
                    true);
        }
        Department department = em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("code", oficio.departmentCode().strip())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Department created = new Department(oficio.departmentCode().strip(), oficio.departmentName().strip());
                    em.persist(created);
                    return created;
                });
        Report report = workflow.open(new NewReport(oficio.procedure(), Channel.OFICIO, department, oficio.category(),
                Priority.MEDIA, oficio.subject(), null, oficio.senderName()), new ActionData.Note(null));
        IncomingOficio received = new IncomingOficio(oficio.ceroPapelId(), oficio.number(), oficio.datedAt(),
                department.getCode(), oficio.departmentName(), oficio.senderName(), oficio.senderPosition(),
                oficio.senderEmail(), oficio.subject(), oficio.body(), oficio.procedure(), oficio.category(), report,
                report.getCreatedAt());
        oficio.attachments().forEach(a -> received.attach(a.fileName(), a.mimeType(), a.content()));
        em.persist(received);
        UserRequest user = oficio.userRequest();
        if (user != null) {
            em.persist(new OficioUserRequest(received, user.movement(), user.employee().givenNames(),
                    user.employee().firstSurname(), user.employee().secondSurname(), user.employee().employeeNumber(),
                    user.modules()));
            userRequests.fire(new UserRequestReceived(report, user));
        }
        return new OficioReceipt(report.getFolio(), received.getCeroPapelId(), received.getReceivedAt(), false);
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code.strip())
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe la dependencia con clave «" + code + "»."));
    }
}
