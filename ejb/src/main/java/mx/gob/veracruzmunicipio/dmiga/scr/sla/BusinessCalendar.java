package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The stored business calendar: everyone (and SCR's own timers) reads it, the ADMIN edits it.
 * Every read goes to the database, so an edit made on one node of the cluster counts at once on
 * all of them.
 */
@Stateless
public class BusinessCalendar {

    private static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    /** The calendar as stored now: the working schedule and every day off. */
    @PermitAll
    public WorkingCalendar current() {
        WorkingSchedule schedule = schedule();
        Set<LocalDate> holidays = Set.copyOf(em.createNamedQuery(Holiday.DATES, LocalDate.class).getResultList());
        return new WorkingCalendar(ZoneId.of(schedule.getZoneId()), schedule.getWorkingDays(),
                schedule.getWorkdayStart(), schedule.getWorkdayEnd(), holidays);
    }

    /** The stored working schedule, or the defaults before it has been seeded. */
    @PermitAll
    public WorkingSchedule schedule() {
        return Optional.ofNullable(em.find(WorkingSchedule.class, WorkingSchedule.ID))
                .orElseGet(WorkingSchedule::defaults);
    }

    /** The days off of one year, in date order. */
    @PermitAll
    public List<Holiday> holidays(int year) {
        return em.createNamedQuery(Holiday.BETWEEN, Holiday.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    @PermitAll
    public Optional<Holiday> holiday(LocalDate date) {
        return em.createNamedQuery(Holiday.BY_DATE, Holiday.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public Holiday addHoliday(LocalDate date, String name, boolean mandatory) {
        Holiday holiday = validation.require(new Holiday(date, name, mandatory));
        holiday(date).ifPresent(existing -> {
            throw new InvalidInputException("Ya existe un día inhábil el " + SPANISH_DATE.format(date)
                    + ": «" + existing.getName() + "».");
        });
        em.persist(holiday);
        return holiday;
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public void removeHoliday(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("La fecha del día inhábil es obligatoria.");
        }
        Holiday holiday = holiday(date).orElseThrow(() -> new InvalidInputException(
                "No hay un día inhábil registrado el " + SPANISH_DATE.format(date) + "."));
        em.remove(holiday);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public WorkingSchedule changeSchedule(Set<DayOfWeek> workingDays, LocalTime workdayStart, LocalTime workdayEnd,
                                          String zoneId) {
        // Validated on a detached copy first, so a refused change never touches the managed row.
        validation.require(new WorkingSchedule(workingDays, workdayStart, workdayEnd, zoneId));
        WorkingSchedule schedule = em.find(WorkingSchedule.class, WorkingSchedule.ID);
        if (schedule == null) {
            schedule = new WorkingSchedule(workingDays, workdayStart, workdayEnd, zoneId);
            em.persist(schedule);
        } else {
            schedule.change(workingDays, workdayStart, workdayEnd, zoneId);
        }
        return schedule;
    }
}
