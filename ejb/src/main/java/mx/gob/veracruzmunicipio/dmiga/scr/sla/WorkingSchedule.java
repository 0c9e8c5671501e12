package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/**
 * The working days and hours of the business calendar: one row, edited by the ADMIN. The days are
 * stored as a list of names in one column, since the row is always read and written as a whole.
 * Every intake reads it, and it changes perhaps once a year: it is kept in Hibernate's second-level
 * cache (WildFly's Infinispan "hibernate" container, where a change on one node invalidates the copy
 * of the others). The holidays are not: caching their query would need the query cache, whose
 * timestamps every writing transaction of every table updates across the cluster.
 */
@Entity
@Cacheable
@Table(name = "working_schedule")
public class WorkingSchedule {

    /** The id of the only row (the table's check constraint allows no other). */
    public static final int ID = 1;

    @Id
    private int id = ID;

    @Column(name = "working_days", nullable = false, length = 70)
    private String workingDays;

    // Bound as a LocalTime: the default java.sql.Time binding would shift the stored wall-clock time
    // by the JVM's offset from hibernate.jdbc.time_zone (UTC), so 09:00 would be stored as 15:00 on a
    // server running in Mexico City and read back wrong by one running in UTC.
    @NotNull(message = "La hora de inicio de la jornada es obligatoria.")
    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "workday_start", nullable = false)
    private LocalTime workdayStart;

    @NotNull(message = "La hora de fin de la jornada es obligatoria.")
    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "workday_end", nullable = false)
    private LocalTime workdayEnd;

    @NotBlank(message = "La zona horaria es obligatoria.")
    @Column(name = "zone_id", nullable = false, length = 60)
    private String zoneId;

    @Version
    @Column(nullable = false)
    private long version;

    protected WorkingSchedule() {
        // JPA
    }

    public WorkingSchedule(Set<DayOfWeek> workingDays, LocalTime workdayStart, LocalTime workdayEnd, String zoneId) {
        change(workingDays, workdayStart, workdayEnd, zoneId);
    }

    /** The defaults of shared/spec/calendar.md: Monday to Friday, 09:00–17:00, America/Mexico_City. */
    public static WorkingSchedule defaults() {
        return new WorkingSchedule(WorkingCalendar.DEFAULT_WORKING_DAYS, WorkingCalendar.DEFAULT_WORKDAY_START,
                WorkingCalendar.DEFAULT_WORKDAY_END, WorkingCalendar.DEFAULT_ZONE.getId());
    }

    void change(Set<DayOfWeek> days, LocalTime start, LocalTime end, String zone) {
        this.workingDays = days == null ? "" : days.stream()
                .sorted()
                .map(DayOfWeek::name)
                .collect(Collectors.joining(","));
        this.workdayStart = start;
        this.workdayEnd = end;
        this.zoneId = zone == null ? null : zone.strip();
    }

    public Set<DayOfWeek> getWorkingDays() {
        if (workingDays == null || workingDays.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(workingDays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
    }

    public LocalTime getWorkdayStart() {
        return workdayStart;
    }

    public LocalTime getWorkdayEnd() {
        return workdayEnd;
    }

    public String getZoneId() {
        return zoneId;
    }

    @AssertTrue(message = "Los días hábiles deben incluir al menos un día de la semana.")
    public boolean isWorkingDaysPresent() {
        return !getWorkingDays().isEmpty();
    }

    @AssertTrue(message = "La hora de fin de la jornada debe ser posterior a la hora de inicio.")
    public boolean isWorkdayEndAfterStart() {
        // Each missing time has its own message already.
        return workdayStart == null || workdayEnd == null || workdayStart.isBefore(workdayEnd);
    }

    @AssertTrue(message = "La zona horaria no es válida; use un nombre como America/Mexico_City.")
    public boolean isZoneIdKnown() {
        if (zoneId == null || zoneId.isBlank()) {
            return true; // reported as missing instead
        }
        try {
            ZoneId.of(zoneId);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
