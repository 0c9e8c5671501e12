package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Business time for SLA arithmetic: only the working hours of working days count, in the city's
 * time zone. An immutable value, built from the stored configuration by {@link BusinessCalendar}
 * and then used without touching the database.
 *
 * <p>Days are evaluated as local dates of {@link #zone()} and the hours converted to instants for
 * that date, so a zone with daylight saving counts the hours that really elapsed.
 *
 * @param zone          the time zone the working hours are read in
 * @param workingDays   the days of the week that are normally worked (never empty)
 * @param workdayStart  when a working day's hours begin
 * @param workdayEnd    when they end (after {@code workdayStart}, on the same day)
 * @param holidays      dates on which nobody works even if their day of the week is a working day
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime workdayStart,
                              LocalTime workdayEnd, Set<LocalDate> holidays) {

    /** The city's zone; it has had no daylight saving since 2022. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");
    public static final Set<DayOfWeek> DEFAULT_WORKING_DAYS =
            Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    public static final LocalTime DEFAULT_WORKDAY_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_WORKDAY_END = LocalTime.of(17, 0);

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(workdayStart, "workdayStart");
        Objects.requireNonNull(workdayEnd, "workdayEnd");
        Objects.requireNonNull(holidays, "holidays");
        // Without a working day, or with empty working hours, no due date could ever be reached.
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("At least one day of the week must be a working day");
        }
        if (!workdayStart.isBefore(workdayEnd)) {
            throw new IllegalArgumentException(
                    "The working hours must end (" + workdayEnd + ") after they start (" + workdayStart + ")");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, 09:00–17:00 in America/Mexico_City, with these holidays. */
    public static WorkingCalendar withDefaultSchedule(Collection<LocalDate> holidays) {
        return new WorkingCalendar(DEFAULT_ZONE, DEFAULT_WORKING_DAYS, DEFAULT_WORKDAY_START, DEFAULT_WORKDAY_END,
                Set.copyOf(holidays));
    }

    /** The same schedule with other holidays. */
    public WorkingCalendar withHolidays(Collection<LocalDate> otherHolidays) {
        return new WorkingCalendar(zone, workingDays, workdayStart, workdayEnd, Set.copyOf(otherHolidays));
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The working time elapsed from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant start = latest(opening(day), from);
                Instant end = earliest(closing(day), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The working time elapsed from {@code from} to {@code to} while not paused. Pauses may overlap
     * each other or reach outside the span; time covered by several pauses is discounted once.
     */
    public Duration businessTimeBetween(Instant from, Instant to, List<Pause> pauses) {
        Objects.requireNonNull(pauses, "pauses");
        Duration total = businessTimeBetween(from, to);
        if (total.isZero()) {
            return total;
        }
        // Merged first, so that overlapping pauses are not subtracted twice.
        for (Span paused : merge(pauses, to)) {
            total = total.minus(businessTimeBetween(latest(paused.start(), from), earliest(paused.end(), to)));
        }
        return total;
    }

    /**
     * The instant at which {@code amount} of working time has elapsed since {@code from}: the due
     * instant of a target. Counting starts at the first working moment at or after {@code from}, and
     * the result is the earliest such instant (a target met exactly at closing time is due at the
     * closing, not at the next opening). A zero amount is due at {@code from}.
     */
    public Instant addBusinessTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add cannot be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        // Ends: there is at least one working day a week and only finitely many holidays.
        for (LocalDate day = from.atZone(zone).toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant start = latest(opening(day), from);
            Instant end = closing(day);
            if (start.isBefore(end)) {
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, workdayStart, zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, workdayEnd, zone).toInstant();
    }

    private record Span(Instant start, Instant end) {
    }

    /** The pauses as disjoint spans in order; an open pause lasts until {@code openEnd}. */
    private static List<Span> merge(List<Pause> pauses, Instant openEnd) {
        List<Span> spans = pauses.stream()
                .map(pause -> new Span(pause.start(), pause.isOpen() ? openEnd : pause.end()))
                .filter(span -> span.start().isBefore(span.end()))
                .sorted(Comparator.comparing(Span::start))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.start().isAfter(previous.end())) {
                merged.set(merged.size() - 1, new Span(previous.start(), latest(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
