package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** The preventive maintenance plans of phone and data lines, kept by the ADMIN and Mantenimiento. */
@Stateless
@RolesAllowed({"ADMIN", "MANTENIMIENTO"})
public class MaintenancePlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    public PlanView register(PlanData data) {
        validation.require(data);
        MaintenancePlan plan = new MaintenancePlan(data, department(data.departmentCode()));
        em.persist(plan);
        em.flush();
        return plan.view();
    }

    public PlanView change(long id, PlanData data) {
        validation.require(data);
        MaintenancePlan plan = plan(id);
        plan.change(data, department(data.departmentCode()));
        return plan.view();
    }

    /** A plan is deactivated, never deleted: the reports it opened keep their link. */
    public PlanView deactivate(long id) {
        MaintenancePlan plan = plan(id);
        plan.deactivate();
        return plan.view();
    }

    @RolesAllowed({"ADMIN", "MANTENIMIENTO", "SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS"})
    public List<PlanView> plans() {
        return em.createNamedQuery(MaintenancePlan.ALL, MaintenancePlan.class).getResultStream()
                .map(MaintenancePlan::view).toList();
    }

    @RolesAllowed({"ADMIN", "MANTENIMIENTO", "SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS"})
    public PlanView find(long id) {
        return plan(id).view();
    }

    /** The reports the plan opened, by due date. */
    @RolesAllowed({"ADMIN", "MANTENIMIENTO", "SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS"})
    public List<PlanView.Generated> reportsOf(long id) {
        return em.createNamedQuery(PlanReport.OF_PLAN, PlanReport.class).setParameter("plan", id)
                .getResultStream().map(PlanReport::view).toList();
    }

    private MaintenancePlan plan(long id) {
        MaintenancePlan plan = em.find(MaintenancePlan.class, id);
        if (plan == null) {
            throw new InvalidInputException("No existe el plan de mantenimiento " + id + ".");
        }
        return plan;
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code.strip())
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe la dependencia con clave «" + code + "»."));
    }
}
