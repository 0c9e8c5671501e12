package mx.gob.veracruzmunicipio.dmiga.scr.web.intake;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Catalogs;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.PhoneRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.ReportIntake;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.DepartmentOption;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.web.faces.Notices;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * "Capturar solicitud" ({@code captura.xhtml}): the SECRETARIA types what a caller asks for;
 * {@link ReportIntake} validates it, applies the manual's policy 1.3 and opens the report.
 */
@Named
@ViewScoped
public class PhoneRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportIntake intake;

    @EJB
    Catalogs catalogs;

    private List<ProcedureKey> procedures;
    private List<DepartmentOption> departments;

    private ProcedureKey procedure;
    private String departmentCode;
    private ServiceCategory category;
    private Priority priority = Priority.MEDIA;
    private String subject;
    private String description;
    private String requester;
    private String observations;

    /** The report the last capture opened, shown with a link until the next one. */
    private ReportView registered;

    @PostConstruct
    void init() {
        procedures = intake.phoneProcedures().stream().sorted().toList();
        departments = catalogs.departments().stream().map(d -> new DepartmentOption(d.getCode(), d.getName()))
                .toList();
        if (procedures.size() == 1) {
            procedure = procedures.get(0);
        }
    }

    /** "Registrar": opens the report, or lists what is wrong (nothing is stored then). */
    public void register() {
        registered = null;
        try {
            registered = intake.registerPhoneRequest(new PhoneRequest(procedure, departmentCode, category, priority,
                    subject, description, requester, observations));
        } catch (InvalidInputException refused) {
            Notices.errors(refused.messages());
            return;
        }
        departmentCode = null;
        category = null;
        priority = Priority.MEDIA;
        subject = null;
        description = null;
        requester = null;
        observations = null;
    }

    public List<ProcedureKey> getProcedures() {
        return procedures;
    }

    public List<DepartmentOption> getDepartments() {
        return departments;
    }

    public ServiceCategory[] getCategories() {
        return ServiceCategory.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public ReportView getRegistered() {
        return registered;
    }

    public ProcedureKey getProcedure() {
        return procedure;
    }

    public void setProcedure(ProcedureKey procedure) {
        this.procedure = procedure;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }
}
