package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
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
        Query query = where(filter == null ? InboxFilter.none() : filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Report r LEFT JOIN r.assignedUser u" + query.jpql, Long.class);
        query.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public List<ReportView> page(InboxFilter filter, int first, int size, InboxSort sort, boolean ascending) {
        Query query = where(filter == null ? InboxFilter.none() : filter);
        String order = " ORDER BY " + (sort == null ? "r.stepDueAt" : sort.path) + (ascending ? " ASC" : " DESC")
                + ", r.folio";
        TypedQuery<Report> page = em.createQuery("SELECT r FROM Report r LEFT JOIN r.assignedUser u"
                + " JOIN FETCH r.department LEFT JOIN FETCH r.assignedUser" + query.jpql + order, Report.class);
        query.parameters.forEach(page::setParameter);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList().stream().map(ReportView::of).toList();
    }

    /** The departments, for the filter. */
    public List<DepartmentOption> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultList().stream()
                .map(d -> new DepartmentOption(d.getCode(), d.getName())).toList();
    }

    private record Query(String jpql, Map<String, Object> parameters) {
    }

    private Query where(InboxFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder(" WHERE r.status IN :open");
        parameters.put("open", OPEN);

        String me = context.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.AREA_SOLICITANTE && !role.isMachineClient() && context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        jpql.append(" AND (u.username = :me");
        parameters.put("me", me);
        if (!roles.isEmpty()) {
            jpql.append(" OR r.assignedRole IN :roles");
            parameters.put("roles", roles);
        }
        if (context.isCallerInRole(Role.AREA_SOLICITANTE.name())) {
            Department mine = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", me).getSingleResult().getDepartment();
            if (mine != null) {
                jpql.append(" OR (r.assignedRole = :requester AND r.department.id = :myDepartment)");
                parameters.put("requester", Role.AREA_SOLICITANTE);
                parameters.put("myDepartment", mine.getId());
            }
        }
        jpql.append(')');

        if (filter.procedure() != null) {
            jpql.append(" AND r.procedure = :procedure");
            parameters.put("procedure", filter.procedure());
        }
        if (filter.status() != null) {
            jpql.append(" AND r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            jpql.append(" AND r.department.code = :department");
            parameters.put("department", filter.departmentCode().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            jpql.append(" AND r.createdAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(CITY).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" AND r.createdAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(CITY).toInstant());
        }
        if (filter.overdueOnly()) {
            jpql.append(" AND r.overdue = TRUE");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" AND (LOWER(r.folio) LIKE :text OR LOWER(r.subject) LIKE :text)");
            parameters.put("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return new Query(jpql.toString(), parameters);
    }
}
