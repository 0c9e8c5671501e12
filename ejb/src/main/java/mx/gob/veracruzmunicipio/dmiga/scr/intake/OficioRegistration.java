package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.Employee;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.IncomingOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OficioUserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.NewReport;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * Stores a validated oficio of Cero Papel and opens its report, each oficio in a transaction of its
 * own so that {@link ReportIntake} can tell a copy that lost a race from a real failure.
 */
@Stateless
@RolesAllowed("CERO_PAPEL_CLIENT")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OficioRegistration {

    @PersistenceContext
    EntityManager em;

    @EJB
    Workflow workflow;

    @Inject
    Event<UserRequestReceived> userRequests;

    /** The receipt of the oficio with that idCeroPapel, marked duplicate, if it was received before. */
    private Optional<OficioReceipt> earlier(String ceroPapelId) {
        return em.createNamedQuery(IncomingOficio.BY_CERO_PAPEL_ID, IncomingOficio.class)
                .setParameter("ceroPapelId", ceroPapelId)
                .getResultStream().findFirst()
                .map(o -> new OficioReceipt(o.getReport().getFolio(), o.getCeroPapelId(), o.getReceivedAt(), true));
    }

    /**
     * Opens the oficio's report and keeps the oficio with its attachments and user request (validated by
     * the caller); the report's procedure files that request or refuses the oficio. An oficio received
     * before gets its first receipt back, marked duplicate, and nothing is stored.
     */
    public OficioReceipt register(OficioReceived oficio) {
        Optional<OficioReceipt> earlier = earlier(oficio.ceroPapelId());
        if (earlier.isPresent()) {
            return earlier.get();
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
            em.persist(new OficioUserRequest(received, user.movement(), new Employee(user.employee().givenNames(),
                    user.employee().firstSurname(), user.employee().secondSurname(), user.employee().employeeNumber()),
                    user.modules()));
            userRequests.fire(new UserRequestReceived(report, user));
        }
        return new OficioReceipt(report.getFolio(), received.getCeroPapelId(), received.getReceivedAt(), false);
    }
}
