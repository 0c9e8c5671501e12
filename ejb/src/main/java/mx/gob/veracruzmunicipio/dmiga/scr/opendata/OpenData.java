package mx.gob.veracruzmunicipio.dmiga.scr.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.BusinessCalendar;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.WorkingCalendar;

/**
 * Open data: how many reports each procedure received, closed and declined per month and how long
 * closing them took, for anyone without signing in. Only counts and durations leave this bean,
 * never a report, so nothing personal (names, e-mails, folios, subjects, free text) can. Months
 * are calendar months in the business calendar's zone; reports not yet classified into a
 * procedure are not counted.
 */
@Stateless
@PermitAll
public class OpenData {

    /** Ten years per request: enough for any trend, and a bounded amount of work for a public call. */
    public static final int MAX_MONTHS = 120;

    /** The months shown when none are asked for: the last twelve, the current one included. */
    public static final int DEFAULT_MONTHS = 12;

    private static final String OPEN_STATUSES = List.of(ReportStatus.SIN_CLASIFICAR, ReportStatus.EN_TRAMITE,
                    ReportStatus.EN_ESPERA).stream().map(status -> ReportStatus.class.getName() + "." + status.name())
            .collect(Collectors.joining(", ", "(", ")"));

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    /**
     * Every procedure's figures for each month from {@code from} to {@code to} (both included),
     * by month and then in the manual's order of procedures. A null {@code to} is the current
     * month; a null {@code from}, eleven months before {@code to}.
     */
    public List<MonthlyFigures> reportsPerMonth(YearMonth from, YearMonth to) {
        WorkingCalendar working = calendar.current();
        ZoneId zone = working.zone();
        YearMonth last = to == null ? YearMonth.now(zone) : to;
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException("El mes inicial (desde) no puede ser posterior al final (hasta).");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInputException("El periodo puede abarcar a lo más " + MAX_MONTHS + " meses.");
        }

        Map<ProcedureKey, Long> open = openAt(start(first, zone));
        List<MonthlyFigures> figures = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Instant start = start(month, zone);
            Instant end = start(month.plusMonths(1), zone);
            Map<ProcedureKey, Long> opened = opened(start, end);
            Map<ProcedureKey, Map<ReportStatus, Long>> finished = finished(start, end);
            Map<ProcedureKey, List<Double>> hours = hoursToClose(start, end, working);
            for (ProcedureKey key : ProcedureKey.values()) {
                long in = opened.getOrDefault(key, 0L);
                Map<ReportStatus, Long> out = finished.getOrDefault(key, Map.of());
                long closed = out.getOrDefault(ReportStatus.CERRADO, 0L);
                long declined = out.getOrDefault(ReportStatus.DECLINADO, 0L);
                long openAtEnd = open.getOrDefault(key, 0L) + in - closed - declined;
                open.put(key, openAtEnd);
                List<Double> took = hours.getOrDefault(key, List.of());
                figures.add(new MonthlyFigures(month, key, in, closed, declined, openAtEnd, average(took),
                        median(took)));
            }
        }
        return figures;
    }

    /** A month as the open data's callers write it (AAAA-MM); null when not given. */
    public static YearMonth month(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("El parámetro " + parameter + " debe ser un mes con el formato AAAA-MM, "
                    + "p. ej. 2026-01.");
        }
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return LocalDate.of(month.getYear(), month.getMonth(), 1).atStartOfDay(zone).toInstant();
    }

    /**
     * The reports open at an instant: opened before it and not finished before it. Two queries
     * rather than one with an OR: those open now (the partial index of open reports, V14) and those
     * finished since (the index on closed_at, V20); neither reads the years of finished reports.
     */
    private Map<ProcedureKey, Long> openAt(Instant at) {
        Map<ProcedureKey, Long> open = counts(em.createQuery("SELECT r.procedure, COUNT(r) FROM Report r "
                + "WHERE r.status IN " + OPEN_STATUSES + " AND r.procedure IS NOT NULL AND r.createdAt < :at "
                + "GROUP BY r.procedure", Object[].class).setParameter("at", at).getResultList());
        counts(em.createQuery("SELECT r.procedure, COUNT(r) FROM Report r "
                + "WHERE r.closedAt >= :at AND r.createdAt < :at AND r.procedure IS NOT NULL "
                + "GROUP BY r.procedure", Object[].class).setParameter("at", at).getResultList())
                .forEach((key, count) -> open.merge(key, count, Long::sum));
        return open;
    }

    private Map<ProcedureKey, Long> opened(Instant start, Instant end) {
        return counts(em.createQuery("SELECT r.procedure, COUNT(r) FROM Report r "
                        + "WHERE r.createdAt >= :start AND r.createdAt < :end AND r.procedure IS NOT NULL "
                        + "GROUP BY r.procedure", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList());
    }

    private Map<ProcedureKey, Map<ReportStatus, Long>> finished(Instant start, Instant end) {
        Map<ProcedureKey, Map<ReportStatus, Long>> finished = new EnumMap<>(ProcedureKey.class);
        for (Object[] row : em.createQuery("SELECT r.procedure, r.status, COUNT(r) FROM Report r "
                        + "WHERE r.closedAt >= :start AND r.closedAt < :end AND r.procedure IS NOT NULL "
                        + "GROUP BY r.procedure, r.status", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            finished.computeIfAbsent((ProcedureKey) row[0], key -> new EnumMap<>(ReportStatus.class))
                    .put((ReportStatus) row[1], (Long) row[2]);
        }
        return finished;
    }

    /**
     * The business hours from opening to closing of each report closed in the span, by procedure:
     * the working calendar decides what counts, so only the two instants are read, never the report.
     */
    private Map<ProcedureKey, List<Double>> hoursToClose(Instant start, Instant end, WorkingCalendar working) {
        Map<ProcedureKey, List<Double>> hours = new EnumMap<>(ProcedureKey.class);
        for (Object[] row : em.createQuery("SELECT r.procedure, r.createdAt, r.closedAt FROM Report r "
                        + "WHERE r.closedAt >= :start AND r.closedAt < :end AND r.status = "
                        + ReportStatus.class.getName() + ".CERRADO AND r.procedure IS NOT NULL", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            double took = working.businessTimeBetween((Instant) row[1], (Instant) row[2]).toSeconds() / 3600.0;
            hours.computeIfAbsent((ProcedureKey) row[0], key -> new ArrayList<>()).add(took);
        }
        return hours;
    }

    private static Map<ProcedureKey, Long> counts(List<Object[]> rows) {
        Map<ProcedureKey, Long> counts = new EnumMap<>(ProcedureKey.class);
        rows.forEach(row -> counts.put((ProcedureKey) row[0], (Long) row[1]));
        return counts;
    }

    private static Double average(List<Double> values) {
        return values.isEmpty() ? null
                : round(values.stream().mapToDouble(Double::doubleValue).sum() / values.size());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return round(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

    /** One decimal: a tenth of an hour is finer than anyone reads these figures. */
    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
