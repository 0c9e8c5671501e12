package mx.gob.veracruzmunicipio.dmiga.scr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.BusinessCalendar;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.Holiday;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.WorkingCalendar;
import mx.gob.veracruzmunicipio.dmiga.scr.sla.WorkingSchedule;

/** The business calendar as seeded into the real database, and the ADMIN's edits of it. */
@ExtendWith(ArquillianExtension.class)
class BusinessCalendarIT {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Deployment
    static EnterpriseArchive deployment() {
        return ScrDeployment.earWith(BusinessCalendarIT.class);
    }

    @Inject
    BusinessCalendar calendar;

    @Test
    void theDefaultScheduleAndTheMandatoryRestDaysAreSeeded() {
        WorkingCalendar current = calendar.current();

        assertEquals(MEXICO, current.zone());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), current.workingDays());
        assertEquals(LocalTime.of(9, 0), current.workdayStart());
        assertEquals(LocalTime.of(17, 0), current.workdayEnd());

        // Wednesday 16 September 2026 is Independence Day; Thursday 17th is an ordinary working day.
        assertFalse(current.isWorkingDay(LocalDate.of(2026, 9, 16)));
        assertTrue(current.isWorkingDay(LocalDate.of(2026, 9, 17)));
        assertEquals(Duration.ofHours(8), current.businessTimeBetween(
                local("2026-09-15T09:00"), local("2026-09-17T09:00")));
    }

    @Test
    void theCustomaryClosingsAreSeededAsEditableNotMandatory() {
        Holiday muertos = calendar.holiday(LocalDate.of(2026, 11, 2)).orElseThrow();
        assertEquals("Día de Muertos", muertos.getName());
        assertFalse(muertos.isMandatory());

        Holiday revolucion = calendar.holiday(LocalDate.of(2026, 11, 16)).orElseThrow();
        assertTrue(revolucion.isMandatory());

        assertTrue(calendar.holiday(LocalDate.of(2030, 10, 1)).orElseThrow().isMandatory());
        assertTrue(calendar.holiday(LocalDate.of(2026, 10, 1)).isEmpty());
    }

    @Test
    void everyYearFromLastYearToFiveAheadIsSeeded() {
        int thisYear = Year.now(MEXICO).getValue();
        for (int year = thisYear - 1; year <= thisYear + 5; year++) {
            LocalDate christmas = LocalDate.of(year, 12, 25);
            assertFalse(calendar.current().isWorkingDay(christmas), "Navidad " + year);
            List<Holiday> days = calendar.holidays(year);
            assertTrue(days.size() >= 11, year + ": " + days.size() + " días inhábiles");
        }
    }

    @Test
    void aHolidayTheAdminAddsCountsAtOnceAndCanBeRemoved() throws Exception {
        LocalDate day = freeWeekday();
        assertTrue(calendar.current().isWorkingDay(day));

        Holiday added = SignedIn.as("admin", "demo",
                () -> calendar.addHoliday(day, "  Día del Servidor Público Municipal ", false));
        assertEquals("Día del Servidor Público Municipal", added.getName());

        WorkingCalendar current = calendar.current();
        assertFalse(current.isWorkingDay(day));
        assertEquals(Duration.ZERO, current.businessTimeBetween(
                day.atTime(9, 0).atZone(MEXICO).toInstant(), day.atTime(17, 0).atZone(MEXICO).toInstant()));
        assertEquals("Día del Servidor Público Municipal", calendar.holiday(day).orElseThrow().getName());

        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> calendar.addHoliday(day, "Otro nombre", true)));
        assertEquals(List.of("Ya existe un día inhábil el " + spanish(day) + ": «Día del Servidor Público Municipal»."),
                twice.messages());

        SignedIn.as("admin", "demo", () -> {
            calendar.removeHoliday(day);
            return null;
        });
        assertTrue(calendar.current().isWorkingDay(day));
        InvalidInputException gone = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo", () -> {
            calendar.removeHoliday(day);
            return null;
        }));
        assertEquals(List.of("No hay un día inhábil registrado el " + spanish(day) + "."), gone.messages());
    }

    @Test
    void theAdminChangesTheScheduleAndEveryReadSeesIt() throws Exception {
        WorkingSchedule before = calendar.schedule();
        try {
            SignedIn.as("admin", "demo", () -> calendar.changeSchedule(
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(15, 0),
                    "America/Mexico_City"));

            WorkingCalendar current = calendar.current();
            assertEquals(LocalTime.of(8, 0), current.workdayStart());
            assertEquals(LocalTime.of(15, 0), current.workdayEnd());
            assertTrue(current.isWorkingDay(LocalDate.of(2026, 9, 19)));
            assertEquals(Duration.ofHours(7), current.businessTimeBetween(
                    local("2026-09-19T00:00"), local("2026-09-20T00:00")));
        } finally {
            SignedIn.as("admin", "demo", () -> calendar.changeSchedule(before.getWorkingDays(),
                    before.getWorkdayStart(), before.getWorkdayEnd(), before.getZoneId()));
        }
        assertEquals(LocalTime.of(9, 0), calendar.current().workdayStart());
    }

    @Test
    void onlyTheAdminMayEditTheCalendar() {
        LocalDate day = freeWeekday();
        assertThrows(EJBAccessException.class, () -> SignedIn.as("secretaria", "demo",
                () -> calendar.addHoliday(day, "Día no autorizado", false)));
        assertThrows(EJBAccessException.class, () -> SignedIn.as("director", "demo", () -> {
            calendar.removeHoliday(LocalDate.of(2026, 9, 16));
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> SignedIn.as("secretaria", "demo",
                () -> calendar.changeSchedule(EnumSet.allOf(DayOfWeek.class), LocalTime.MIN, LocalTime.NOON,
                        "America/Mexico_City")));

        assertTrue(calendar.current().isWorkingDay(day));
        assertFalse(calendar.current().isWorkingDay(LocalDate.of(2026, 9, 16)));
    }

    @Test
    void invalidInputIsRefusedInSpanishAndNothingIsStored() throws Exception {
        InvalidInputException noName = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> calendar.addHoliday(null, "   ", true)));
        assertEquals(List.of("La fecha del día inhábil es obligatoria.", "El nombre del día inhábil es obligatorio."),
                noName.messages());

        LocalDate day = freeWeekday();
        InvalidInputException longName = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin", "demo",
                () -> calendar.addHoliday(day, "x".repeat(201), false)));
        assertEquals(List.of("El nombre del día inhábil admite como máximo 200 caracteres."), longName.messages());
        assertTrue(calendar.holiday(day).isEmpty());

        InvalidInputException badSchedule = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin",
                "demo", () -> calendar.changeSchedule(Set.of(), LocalTime.of(17, 0), LocalTime.of(9, 0),
                        "Mexico/Veracruz")));
        assertEquals(List.of(
                "La hora de fin de la jornada debe ser posterior a la hora de inicio.",
                "Los días hábiles deben incluir al menos un día de la semana.",
                "La zona horaria no es válida; use un nombre como America/Mexico_City."), badSchedule.messages());

        InvalidInputException missingTimes = assertThrows(InvalidInputException.class, () -> SignedIn.as("admin",
                "demo", () -> calendar.changeSchedule(EnumSet.of(DayOfWeek.MONDAY), null, null, " ")));
        assertEquals(List.of(
                "La hora de fin de la jornada es obligatoria.",
                "La hora de inicio de la jornada es obligatoria.",
                "La zona horaria es obligatoria."), missingTimes.messages());

        WorkingCalendar current = calendar.current();
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), current.workingDays());
        assertEquals(LocalTime.of(9, 0), current.workdayStart());
        assertEquals(LocalTime.of(17, 0), current.workdayEnd());
        assertEquals(MEXICO, current.zone());
    }

    /** A weekday of 2090 with no day off yet, so repeated runs on the same database do not collide. */
    private LocalDate freeWeekday() {
        WorkingCalendar current = calendar.current();
        while (true) {
            LocalDate day = LocalDate.ofYearDay(2090, ThreadLocalRandom.current().nextInt(1, 366));
            if (current.isWorkingDay(day)) {
                return day;
            }
        }
    }

    private static java.time.Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MEXICO).toInstant();
    }

    private static String spanish(LocalDate day) {
        return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
