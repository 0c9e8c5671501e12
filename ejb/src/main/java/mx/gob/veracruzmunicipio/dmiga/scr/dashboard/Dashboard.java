package mx.gob.veracruzmunicipio.dmiga.scr.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.signature.SignedDocument;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Procedures;

/**
 * The Tablero's figures per procedure over the reports created in a period: counted by the
 * database with four GROUP BY queries (reports by status, business time of the closed ones, time
 * per step, service ratings), so the cost grows with the number of procedures and steps, never
 * with the reports read into memory. Migration V19 gives each query an index over the period.
 * <p>
 * The business time comes from the timeline: each entry records the business seconds the report
 * spent in the step it left, so a closed report's time to close is the sum of its entries. The
 * satisfaction is PR-DMIGA-01's rating, stored with the signature of the service report
 * ({@code signature.rating}) that Cero Papel registers.
 * <p>
 * Allowed to the directorate's staff that may search all reports ({@code report.ReportSearch}).
 */
@Stateless
@RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "MANTENIMIENTO",
        "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO", "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS",
        "COMISION_HACIENDA", "EGRESOS", "ADMIN"})
public class Dashboard {

    static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    /** Open and unclassified procedures last: a null key sorts after the manual's eleven. */
    private static final Comparator<ProcedureKey> MANUAL_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    @PersistenceContext
    EntityManager em;

    public DashboardFigures figures(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException("Indique las fechas de inicio y de fin del periodo.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("La fecha final del periodo es anterior a la inicial.");
        }
        Instant start = from.atStartOfDay(CITY).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CITY).toInstant();

        Map<ProcedureKey, Tally> tallies = new HashMap<>();
        for (Object[] row : period(em.createQuery("SELECT r.procedure, r.status, r.overdue, COUNT(r) FROM Report r"
                + " WHERE r.createdAt >= :start AND r.createdAt < :end"
                + " GROUP BY r.procedure, r.status, r.overdue", Object[].class), start, end).getResultList()) {
            tallies.computeIfAbsent((ProcedureKey) row[0], k -> new Tally())
                    .count((ReportStatus) row[1], (Boolean) row[2], (Long) row[3]);
        }
        for (Object[] row : period(em.createQuery("SELECT r.procedure, SUM(t.businessSeconds) FROM TimelineEntry t"
                + " JOIN t.report r WHERE r.createdAt >= :start AND r.createdAt < :end AND r.status = :closed"
                + " GROUP BY r.procedure", Object[].class), start, end).setParameter("closed", ReportStatus.CERRADO)
                .getResultList()) {
            tallies.computeIfAbsent((ProcedureKey) row[0], k -> new Tally()).closeSeconds = number(row[1]);
        }
        for (Object[] row : period(em.createQuery("SELECT r.procedure, SUM(s.rating), COUNT(s) FROM Signature s"
                + " JOIN s.report r WHERE r.createdAt >= :start AND r.createdAt < :end AND s.document = :document"
                + " AND s.rating IS NOT NULL GROUP BY r.procedure", Object[].class), start, end)
                .setParameter("document", SignedDocument.REPORTE_SERVICIO).getResultList()) {
            Tally tally = tallies.computeIfAbsent((ProcedureKey) row[0], k -> new Tally());
            tally.ratingSum = number(row[1]);
            tally.ratings = (Long) row[2];
        }

        List<ProcedureFigures> procedures = new ArrayList<>();
        Tally all = new Tally();
        tallies.entrySet().stream().sorted(Map.Entry.comparingByKey(MANUAL_ORDER)).forEach(e -> {
            procedures.add(e.getValue().figures(e.getKey()));
            all.add(e.getValue());
        });
        return new DashboardFigures(from, to, List.copyOf(procedures), all.figures(null), steps(start, end));
    }

    private List<StepTime> steps(Instant start, Instant end) {
        List<StepTime> steps = new ArrayList<>();
        for (Object[] row : period(em.createQuery("SELECT r.procedure, t.step, COUNT(t), AVG(t.businessSeconds)"
                + " FROM TimelineEntry t JOIN t.report r WHERE r.createdAt >= :start AND r.createdAt < :end"
                + " AND r.procedure IS NOT NULL AND t.step IS NOT NULL AND t.businessSeconds IS NOT NULL"
                + " GROUP BY r.procedure, t.step", Object[].class), start, end).getResultList()) {
            ProcedureKey procedure = (ProcedureKey) row[0];
            String step = (String) row[1];
            steps.add(new StepTime(procedure, step, activity(procedure, step), (Long) row[2],
                    ((Number) row[3]).doubleValue()));
        }
        steps.sort(Comparator.comparing(StepTime::procedure, MANUAL_ORDER)
                .thenComparing(StepTime::step, Dashboard::stepOrder));
        return List.copyOf(steps);
    }

    /** Steps read "1, 2, 2A, 3 … 10": by their number, then by their letter. */
    private static int stepOrder(String a, String b) {
        int byNumber = Integer.compare(leadingNumber(a), leadingNumber(b));
        return byNumber != 0 ? byNumber : a.compareTo(b);
    }

    private static int leadingNumber(String step) {
        int i = 0;
        while (i < step.length() && Character.isDigit(step.charAt(i))) {
            i++;
        }
        return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(step.substring(0, i));
    }

    /** The step's activity as the manual names it; a step since removed from a procedure keeps its id alone. */
    private static String activity(ProcedureKey procedure, String step) {
        try {
            return Procedures.of(procedure).step(step).activity();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static <T> TypedQuery<T> period(TypedQuery<T> query, Instant start, Instant end) {
        return query.setParameter("start", start).setParameter("end", end);
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    /** The sums of one procedure, from which its averages are taken (and those of all procedures together). */
    private static final class Tally {
        long open;
        long overdue;
        long closed;
        long declined;
        long closeSeconds;
        long ratingSum;
        long ratings;

        void count(ReportStatus status, Boolean isOverdue, long reports) {
            switch (status) {
                case CERRADO -> closed += reports;
                case DECLINADO -> declined += reports;
                default -> {
                    open += reports;
                    if (Boolean.TRUE.equals(isOverdue)) {
                        overdue += reports;
                    }
                }
            }
        }

        void add(Tally other) {
            open += other.open;
            overdue += other.overdue;
            closed += other.closed;
            declined += other.declined;
            closeSeconds += other.closeSeconds;
            ratingSum += other.ratingSum;
            ratings += other.ratings;
        }

        ProcedureFigures figures(ProcedureKey procedure) {
            return new ProcedureFigures(procedure, open, overdue, closed, declined,
                    closed == 0 ? null : (double) closeSeconds / closed,
                    ratings == 0 ? null : (double) ratingSum / ratings, ratings);
        }
    }
}
