package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The Bandeja: the open reports whose current step belongs to one of the caller's roles or is
 * assigned to the caller in person, filtered, sorted and paged in the database (the count and the
 * page are separate queries). A person of another department sees only their department's.
 */
@Stateless
@RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "AREA_SOLICITANTE", "ADMIN"})
public class Inbox {

    static final ZoneId CITY = ZoneId.of("America/Mexico_City");
    static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.SIN_CLASIFICAR, ReportStatus.EN_TRAMITE,
            ReportStatus.EN_ESPERA);
    public static final int MAX_PAGE = 100;

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public long count(InboxFilter filter) {
        return waitingForMe(filter).count(em);
    }

    public List<ReportView> page(InboxFilter filter, int first, int size, InboxSort sort, boolean ascending) {
        return waitingForMe(filter).page(em, first, size, sort == null ? InboxSort.DUE : sort, ascending);
    }

    /** The departments, for the filter (of the Bandeja and of the search). */
    public List<DepartmentOption> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList().stream()
                .map(d -> new DepartmentOption(d.getCode(), d.getName())).toList();
    }

    /** The filter's reports that are open and wait for the caller: their role's step, or assigned to them. */
    private ReportQuery waitingForMe(InboxFilter filter) {
        // The open statuses as literals, not a parameter: PostgreSQL then uses the partial index of
        // the open reports (V14) whatever plan it caches for the prepared statement.
        ReportQuery query = ReportQuery.filteredBy(filter).and(OPEN.stream()
                .map(status -> ReportStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ", "r.status IN (", ")")));

        // The caller's id and department only (not the whole account with its roles).
        Object[] me = em.createQuery("SELECT u.id, d.id FROM UserAccount u LEFT JOIN u.department d"
                + " WHERE u.username = :username", Object[].class)
                .setParameter("username", context.getCallerPrincipal().getName()).getSingleResult();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.AREA_SOLICITANTE && !role.isMachineClient() && context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        // By the user's id rather than a join on the username, so that PostgreSQL can combine the
        // indexes of both alternatives (ix_report_inbox_user, ix_report_inbox_role).
        StringBuilder mine = new StringBuilder("(r.assignedUser.id = :me");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("me", me[0]);
        if (!roles.isEmpty()) {
            mine.append(" OR r.assignedRole IN :roles");
            parameters.put("roles", roles);
        }
        if (context.isCallerInRole(Role.AREA_SOLICITANTE.name()) && me[1] != null) {
            mine.append(" OR (r.assignedRole = :requester AND r.department.id = :myDepartment)");
            parameters.put("requester", Role.AREA_SOLICITANTE);
            parameters.put("myDepartment", me[1]);
        }
        return query.and(mine.append(')').toString(), parameters);
    }
}
