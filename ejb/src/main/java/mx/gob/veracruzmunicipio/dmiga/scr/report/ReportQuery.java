package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;

/**
 * The one way reports are filtered, sorted and paged in the database, behind the Bandeja
 * ({@link Inbox}) and the search ({@link ReportSearch}): the conditions of an {@link InboxFilter}
 * plus the caller's scope, counted and paged by separate queries. Every condition has an index
 * (migrations V11 and V14; the free text uses trigram indexes on PostgreSQL).
 */
final class ReportQuery {

    private static final Pattern WHOLE_FOLIO = Pattern.compile("dmiga-\\d{4}-\\d{6}");

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ReportQuery() {
    }

    static ReportQuery filteredBy(InboxFilter filter) {
        ReportQuery query = new ReportQuery();
        InboxFilter f = filter == null ? InboxFilter.none() : filter;
        if (f.procedure() != null) {
            query.and("r.procedure = :procedure", "procedure", f.procedure());
        }
        if (f.status() != null) {
            query.and("r.status = :status", "status", f.status());
        }
        if (f.departmentCode() != null && !f.departmentCode().isBlank()) {
            query.and("r.department.code = :department", "department",
                    f.departmentCode().trim().toUpperCase(Locale.ROOT));
        }
        if (f.from() != null) {
            query.and("r.createdAt >= :from", "from", f.from().atStartOfDay(Inbox.CITY).toInstant());
        }
        if (f.to() != null) {
            query.and("r.createdAt < :to", "to", f.to().plusDays(1).atStartOfDay(Inbox.CITY).toInstant());
        }
        if (f.overdueOnly()) {
            query.and("r.overdue = TRUE");
        }
        String text = f.text() == null ? "" : f.text().trim().toLowerCase(Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "");
        if (WHOLE_FOLIO.matcher(text).matches()) {
            // A whole folio, as people paste it: the unique index finds it at once.
            query.and("(r.folio = :folio OR LOWER(r.subject) LIKE :text)",
                    Map.of("folio", text.toUpperCase(Locale.ROOT), "text", "%" + text + "%"));
        } else if (!text.isEmpty()) {
            // LOWER(column) LIKE '%…%' is what PostgreSQL's trigram indexes on lower(folio) and
            // lower(subject) answer (V14); keep the expressions exactly as indexed.
            query.and("(LOWER(r.folio) LIKE :text OR LOWER(r.subject) LIKE :text)", "text", "%" + text + "%");
        }
        return query;
    }

    ReportQuery and(String condition) {
        where.append(" AND ").append(condition);
        return this;
    }

    ReportQuery and(String condition, String name, Object value) {
        return and(condition, Map.of(name, value));
    }

    ReportQuery and(String condition, Map<String, Object> values) {
        parameters.putAll(values);
        return and(condition);
    }

    long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Report r" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    List<ReportView> page(EntityManager em, int first, int size, InboxSort sort, boolean ascending) {
        String order = " ORDER BY " + sort.path + (ascending ? " ASC" : " DESC") + ", r.folio"
                + (ascending ? " ASC" : " DESC");
        // Only the department is fetched with the page: a join to the assigned user would put the
        // Bandeja's "assigned to me" condition on the joined table, out of reach of the report's
        // indexes. The few assigned users load lazily, once each.
        TypedQuery<Report> page = em.createQuery("SELECT r FROM Report r JOIN FETCH r.department" + where + order,
                Report.class);
        parameters.forEach(page::setParameter);
        return page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, Inbox.MAX_PAGE)))
                .getResultList().stream().map(ReportView::of).toList();
    }
}
