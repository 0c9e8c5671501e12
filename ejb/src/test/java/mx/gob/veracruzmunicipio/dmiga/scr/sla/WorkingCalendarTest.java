package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arithmetic on the default schedule (Monday to Friday, 09:00–17:00, America/Mexico_City) in
 * November 2026, with Monday 16 November (Revolución) and Friday 25 December as holidays.
 * Week of reference: Monday 2026-11-09 to Friday 2026-11-13, weekend 14–15, holiday Monday 16.
 */
class WorkingCalendarTest {

    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final LocalDate REVOLUCION = LocalDate.of(2026, 11, 16);
    static final LocalDate NAVIDAD = LocalDate.of(2026, 12, 25);

    final WorkingCalendar calendar = WorkingCalendar.withDefaultSchedule(Set.of(REVOLUCION, NAVIDAD));

    /** A local date-time of the city, e.g. "2026-11-13T16:00". */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MEXICO).toInstant();
    }

    static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Nested
    class Defaults {

        @Test
        void theDefaultScheduleIsMondayToFridayNineToFiveInMexicoCity() {
            assertEquals(MEXICO, calendar.zone());
            assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), calendar.workingDays());
            assertEquals(LocalTime.of(9, 0), calendar.workdayStart());
            assertEquals(LocalTime.of(17, 0), calendar.workdayEnd());
            assertEquals(Set.of(REVOLUCION, NAVIDAD), calendar.holidays());
        }

        @Test
        void theCalendarDoesNotChangeWhenTheSetsItWasBuiltFromDo() {
            Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
            Set<LocalDate> holidays = new HashSet<>(Set.of(REVOLUCION));
            WorkingCalendar built = new WorkingCalendar(MEXICO, days, LocalTime.of(8, 0), LocalTime.of(15, 0), holidays);

            days.add(DayOfWeek.SATURDAY);
            holidays.add(NAVIDAD);

            assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), built.workingDays());
            assertEquals(Set.of(REVOLUCION), built.holidays());
            assertThrows(UnsupportedOperationException.class, () -> built.holidays().add(NAVIDAD));
            assertThrows(UnsupportedOperationException.class, () -> built.workingDays().add(DayOfWeek.SUNDAY));
        }

        @Test
        void aScheduleWithoutWorkingDaysOrWorkingHoursIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(MEXICO, Set.of(),
                    LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of()));
            assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(MEXICO,
                    WorkingCalendar.DEFAULT_WORKING_DAYS, LocalTime.of(17, 0), LocalTime.of(9, 0), Set.of()));
            assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(MEXICO,
                    WorkingCalendar.DEFAULT_WORKING_DAYS, LocalTime.of(9, 0), LocalTime.of(9, 0), Set.of()));
        }

        @Test
        void withHolidaysKeepsTheScheduleAndReplacesTheDaysOff() {
            WorkingCalendar other = calendar.withHolidays(List.of(LocalDate.of(2026, 11, 11)));
            assertEquals(Set.of(LocalDate.of(2026, 11, 11)), other.holidays());
            assertEquals(calendar.workingDays(), other.workingDays());
            assertFalse(other.isWorkingDay(LocalDate.of(2026, 11, 11)));
            assertTrue(other.isWorkingDay(REVOLUCION));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void weekdaysAreWorkingDays() {
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 9)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 13)));
        }

        @Test
        void weekendsAreNot() {
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 14)));
            assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 15)));
        }

        @Test
        void holidaysAreNotEvenOnAWeekday() {
            assertFalse(calendar.isWorkingDay(REVOLUCION));
            assertFalse(calendar.isWorkingDay(NAVIDAD));
        }

        @Test
        void theWorkingDaysAreConfigurable() {
            WorkingCalendar saturdays = new WorkingCalendar(MEXICO,
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(15, 0),
                    Set.of());
            assertTrue(saturdays.isWorkingDay(LocalDate.of(2026, 11, 14)));
            assertFalse(saturdays.isWorkingDay(LocalDate.of(2026, 11, 9)));
            assertEquals(hours(7), saturdays.businessTimeBetween(at("2026-11-13T00:00"), at("2026-11-15T00:00")));
        }
    }

    @Nested
    class BusinessTimeBetween {

        @Test
        void withinOneWorkingDay() {
            assertEquals(hours(2.5), calendar.businessTimeBetween(at("2026-11-10T10:00"), at("2026-11-10T12:30")));
        }

        @Test
        void aWholeWorkingDayCountsItsWorkingHoursOnly() {
            assertEquals(hours(8), calendar.businessTimeBetween(at("2026-11-10T00:00"), at("2026-11-11T00:00")));
        }

        @Test
        void timeOutsideWorkingHoursDoesNotCount() {
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(at("2026-11-10T07:00"), at("2026-11-10T08:59")));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(at("2026-11-10T17:00"), at("2026-11-11T09:00")));
            assertEquals(hours(1), calendar.businessTimeBetween(at("2026-11-10T07:00"), at("2026-11-10T10:00")));
            assertEquals(hours(1), calendar.businessTimeBetween(at("2026-11-10T16:00"), at("2026-11-10T20:00")));
        }

        @Test
        void overnightCountsTheEveningAndTheMorning() {
            // 16:00–17:00 on Tuesday and 09:00–10:30 on Wednesday.
            assertEquals(hours(2.5), calendar.businessTimeBetween(at("2026-11-10T16:00"), at("2026-11-11T10:30")));
        }

        @Test
        void aWeekendDoesNotCount() {
            // Friday 15:00–17:00 and Monday 23 November 09:00–11:00.
            assertEquals(hours(4), calendar.businessTimeBetween(at("2026-11-20T15:00"), at("2026-11-23T11:00")));
            assertEquals(Duration.ZERO,
                    calendar.businessTimeBetween(at("2026-11-14T10:00"), at("2026-11-15T16:00")));
        }

        @Test
        void aHolidayDoesNotCount() {
            // Friday 13th 16:00–17:00, the weekend and Monday 16th (holiday) skipped, Tuesday 09:00–10:00.
            assertEquals(hours(2), calendar.businessTimeBetween(at("2026-11-13T16:00"), at("2026-11-17T10:00")));
            assertEquals(Duration.ZERO,
                    calendar.businessTimeBetween(at("2026-11-16T09:00"), at("2026-11-16T17:00")));
        }

        @Test
        void aMultiWeekSpan() {
            // Monday 2 to Friday 27 November: 20 weekdays, one of them a holiday, 8 hours each.
            assertEquals(hours(19 * 8), calendar.businessTimeBetween(at("2026-11-02T09:00"), at("2026-11-27T17:00")));
        }

        @Test
        void aSpanOverTheYearEnd() {
            // 21–31 December 2026 has 9 weekdays, Christmas among them; 1 January 2027 is no holiday here.
            assertEquals(hours(8 * 8 + 2),
                    calendar.businessTimeBetween(at("2026-12-21T00:00"), at("2027-01-01T11:00")));
        }

        @Test
        void anEndBeforeTheStartOrEqualToItGivesZero() {
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(at("2026-11-11T12:00"), at("2026-11-10T10:00")));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(at("2026-11-11T12:00"), at("2026-11-11T12:00")));
        }

        @Test
        void instantsAreReadInTheCalendarsZone() {
            // 15:00–23:00 UTC is 09:00–17:00 in Mexico City (UTC-6, no daylight saving).
            assertEquals(hours(8), calendar.businessTimeBetween(
                    Instant.parse("2026-11-10T15:00:00Z"), Instant.parse("2026-11-10T23:00:00Z")));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(
                    Instant.parse("2026-11-10T09:00:00Z"), Instant.parse("2026-11-10T15:00:00Z")));
        }

        @Test
        void aZoneWithDaylightSavingCountsTheHoursThatReallyElapsed() {
            // New York moves from 02:00 to 03:00 on Sunday 8 March 2026: 01:00–04:00 lasts two hours.
            WorkingCalendar newYork = new WorkingCalendar(ZoneId.of("America/New_York"),
                    EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 0), LocalTime.of(4, 0), Set.of());
            assertEquals(hours(2), newYork.businessTimeBetween(
                    Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")));
        }
    }

    @Nested
    class Pauses {

        final Instant monday = at("2026-11-09T09:00");
        final Instant friday = at("2026-11-13T17:00");
        final Duration week = hours(40);

        @Test
        void noPausesIsTheSameAsWithout() {
            assertEquals(week, calendar.businessTimeBetween(monday, friday, List.of()));
        }

        @Test
        void aPauseInsideWorkingHoursIsDiscounted() {
            Pause oneHour = new Pause(at("2026-11-10T10:00"), at("2026-11-10T11:00"));
            assertEquals(week.minus(hours(1)), calendar.businessTimeBetween(monday, friday, List.of(oneHour)));
        }

        @Test
        void onlyTheWorkingHoursOfAPauseAreDiscounted() {
            // Tuesday 16:00 to Wednesday 10:00: one working hour each side of the night.
            Pause overnight = new Pause(at("2026-11-10T16:00"), at("2026-11-11T10:00"));
            assertEquals(week.minus(hours(2)), calendar.businessTimeBetween(monday, friday, List.of(overnight)));

            Pause weekend = new Pause(at("2026-11-14T08:00"), at("2026-11-15T20:00"));
            // Friday 8 h, Monday 16th a holiday, Tuesday 09:00–13:00: the weekend pause changes nothing.
            assertEquals(hours(12), calendar.businessTimeBetween(
                    at("2026-11-13T00:00"), at("2026-11-17T13:00"), List.of(weekend)));
        }

        @Test
        void overlappingPausesAreDiscountedOnce() {
            Pause first = new Pause(at("2026-11-10T10:00"), at("2026-11-10T12:00"));
            Pause second = new Pause(at("2026-11-10T11:00"), at("2026-11-10T13:00"));
            Pause inside = new Pause(at("2026-11-10T11:15"), at("2026-11-10T11:45"));
            assertEquals(week.minus(hours(3)),
                    calendar.businessTimeBetween(monday, friday, List.of(second, inside, first)));
        }

        @Test
        void adjacentPausesAreBothDiscounted() {
            Pause first = new Pause(at("2026-11-10T10:00"), at("2026-11-10T11:00"));
            Pause second = new Pause(at("2026-11-10T11:00"), at("2026-11-10T12:00"));
            assertEquals(week.minus(hours(2)), calendar.businessTimeBetween(monday, friday, List.of(first, second)));
        }

        @Test
        void pausesReachingOutsideTheSpanAreCutToIt() {
            Pause before = new Pause(at("2026-11-06T09:00"), at("2026-11-09T10:00"));
            Pause after = new Pause(at("2026-11-13T16:30"), at("2026-11-20T12:00"));
            Pause elsewhere = new Pause(at("2026-11-02T09:00"), at("2026-11-03T17:00"));
            assertEquals(week.minus(hours(1.5)),
                    calendar.businessTimeBetween(monday, friday, List.of(before, after, elsewhere)));
        }

        @Test
        void anOpenPauseLastsUntilTheEndOfTheSpan() {
            Pause stillPaused = Pause.open(at("2026-11-12T14:00"));
            assertTrue(stillPaused.isOpen());
            // Monday to Wednesday, plus Thursday 09:00–14:00.
            assertEquals(hours(3 * 8 + 5), calendar.businessTimeBetween(monday, friday, List.of(stillPaused)));
        }

        @Test
        void anOpenPauseStartingAfterTheSpanChangesNothing() {
            Pause later = Pause.open(at("2026-11-20T10:00"));
            assertEquals(week, calendar.businessTimeBetween(monday, friday, List.of(later)));
        }

        @Test
        void anOpenPauseOverlappingAClosedOneIsDiscountedOnce() {
            Pause closed = new Pause(at("2026-11-13T10:00"), at("2026-11-13T12:00"));
            Pause open = Pause.open(at("2026-11-13T11:00"));
            // Friday 09:00–10:00 only, after the four full days.
            assertEquals(hours(4 * 8 + 1), calendar.businessTimeBetween(monday, friday, List.of(open, closed)));
        }

        @Test
        void aPausedSpanNeverCountsBelowZeroOrWhenReversed() {
            Pause all = new Pause(at("2026-11-01T00:00"), at("2026-12-01T00:00"));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(monday, friday, List.of(all)));
            assertEquals(Duration.ZERO, calendar.businessTimeBetween(friday, monday, List.of()));
        }

        @Test
        void aPauseCannotEndBeforeItStarts() {
            assertThrows(IllegalArgumentException.class,
                    () -> new Pause(at("2026-11-10T11:00"), at("2026-11-10T10:00")));
            assertThrows(NullPointerException.class, () -> new Pause(null, at("2026-11-10T10:00")));
        }
    }

    @Nested
    class AddBusinessTime {

        @Test
        void withinTheSameDay() {
            assertEquals(at("2026-11-10T13:00"), calendar.addBusinessTime(at("2026-11-10T10:00"), hours(3)));
        }

        @Test
        void beforeOpeningCountingStartsAtOpening() {
            assertEquals(at("2026-11-10T10:00"), calendar.addBusinessTime(at("2026-11-10T07:00"), hours(1)));
        }

        @Test
        void afterClosingCountingStartsNextWorkingMorning() {
            assertEquals(at("2026-11-11T10:00"), calendar.addBusinessTime(at("2026-11-10T18:30"), hours(1)));
        }

        @Test
        void onAWeekendCountingStartsOnMonday() {
            assertEquals(at("2026-11-23T11:00"), calendar.addBusinessTime(at("2026-11-21T12:00"), hours(2)));
        }

        @Test
        void acrossAWeekend() {
            // Friday 20th 16:00 + 2 h: one hour on Friday, one on Monday 23rd.
            assertEquals(at("2026-11-23T10:00"), calendar.addBusinessTime(at("2026-11-20T16:00"), hours(2)));
        }

        @Test
        void acrossAWeekendAndAHoliday() {
            // Friday 13th 16:00 + 2 h: the weekend and Monday 16th are skipped.
            assertEquals(at("2026-11-17T10:00"), calendar.addBusinessTime(at("2026-11-13T16:00"), hours(2)));
            // Christmas on a Friday: Thursday 24th 15:00 + 3 h ends on Monday 28th.
            assertEquals(at("2026-12-28T10:00"), calendar.addBusinessTime(at("2026-12-24T15:00"), hours(3)));
        }

        @Test
        void aTargetReachedAtClosingTimeIsDueAtClosing() {
            assertEquals(at("2026-11-13T17:00"), calendar.addBusinessTime(at("2026-11-13T16:00"), hours(1)));
            assertEquals(at("2026-11-10T17:00"), calendar.addBusinessTime(at("2026-11-10T06:00"), hours(8)));
        }

        @Test
        void severalWorkingDays() {
            // Three working days from Monday 09:00 end on Wednesday at closing.
            assertEquals(at("2026-11-11T17:00"), calendar.addBusinessTime(at("2026-11-09T09:00"), hours(24)));
            // Five working days from Thursday 12th noon, with the holiday on Monday 16th.
            assertEquals(at("2026-11-20T12:00"), calendar.addBusinessTime(at("2026-11-12T12:00"), hours(40)));
        }

        @Test
        void minutesAndSecondsAreKept() {
            assertEquals(at("2026-11-10T10:07:30"),
                    calendar.addBusinessTime(at("2026-11-10T09:00"), Duration.ofMinutes(67).plusSeconds(30)));
        }

        @Test
        void zeroIsDueAtOnceAndANegativeAmountIsRejected() {
            assertEquals(at("2026-11-14T12:00"), calendar.addBusinessTime(at("2026-11-14T12:00"), Duration.ZERO));
            assertThrows(IllegalArgumentException.class,
                    () -> calendar.addBusinessTime(at("2026-11-10T10:00"), Duration.ofMinutes(-1)));
        }

        @ParameterizedTest
        @ValueSource(longs = {1, 59, 60, 479, 480, 481, 960, 2400, 2401, 10_000})
        void theElapsedBusinessTimeUntilTheDueInstantIsTheAmount(long minutes) {
            for (String start : List.of("2026-11-13T16:59", "2026-11-14T03:00", "2026-11-10T09:00",
                    "2026-12-24T12:00", "2026-11-11T23:59")) {
                Instant from = at(start);
                Instant due = calendar.addBusinessTime(from, Duration.ofMinutes(minutes));
                assertEquals(Duration.ofMinutes(minutes), calendar.businessTimeBetween(from, due), start);
                // And it is the earliest such instant.
                assertEquals(Duration.ofMinutes(minutes - 1),
                        calendar.businessTimeBetween(from, due.minus(Duration.ofMinutes(1))), start);
            }
        }
    }
}
