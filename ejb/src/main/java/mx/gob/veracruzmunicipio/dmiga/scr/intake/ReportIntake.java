package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
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

    @EJB
    OficioRegistration registration;

    /** The procedures a phone request may start, for the capture form. */
    @RolesAllowed("SECRETARIA")
    public List<ProcedureKey> phoneProcedures() {
        return List.copyOf(BY_PHONE);
    }

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
     * marked duplicate, and nothing new is stored, also when both copies arrive at the same instant.
     * A user request in the oficio is kept with it and handed to the report's procedure
     * ({@link UserRequestReceived}), which may still refuse it.
     */
    @RolesAllowed("CERO_PAPEL_CLIENT")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OficioReceipt receiveOficio(OficioReceived oficio) {
        validation.require(oficio);
        List<String> tooLarge = oficio.attachments().stream()
                .filter(a -> a.content().length > OficioReceived.MAX_ATTACHMENT_BYTES)
                .map(a -> String.format(Locale.ROOT, "El anexo «%s» pesa %.1f MiB; el límite es 10 MiB por anexo.",
                        a.fileName(), a.content().length / (1024.0 * 1024.0)))
                .toList();
        if (!tooLarge.isEmpty()) {
            throw new InvalidInputException(tooLarge);
        }
        try {
            return registration.register(oficio);
        } catch (EJBException lostRace) {
            // Each copy registers in its own transaction: when two copies of the oficio (or two first
            // oficios of a new department) arrive together, the database's unique keys let one win
            // and this one fails. The winner has committed by then, so registering again finds its
            // receipt.
            return registration.register(oficio);
        }
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code.strip())
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe la dependencia con clave «" + code + "»."));
    }
}
