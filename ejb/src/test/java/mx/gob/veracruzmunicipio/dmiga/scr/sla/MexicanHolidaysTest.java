package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MexicanHolidaysTest {

    @Test
    void year2026() {
        assertEquals(List.of(
                new HolidaySeed(LocalDate.of(2026, 1, 1), "Año Nuevo", true),
                new HolidaySeed(LocalDate.of(2026, 2, 2), "Día de la Constitución (5 de febrero)", true),
                new HolidaySeed(LocalDate.of(2026, 3, 16), "Natalicio de Benito Juárez (21 de marzo)", true),
                new HolidaySeed(LocalDate.of(2026, 4, 2), "Jueves Santo", false),
                new HolidaySeed(LocalDate.of(2026, 4, 3), "Viernes Santo", false),
                new HolidaySeed(LocalDate.of(2026, 5, 1), "Día del Trabajo", true),
                new HolidaySeed(LocalDate.of(2026, 9, 16), "Día de la Independencia", true),
                new HolidaySeed(LocalDate.of(2026, 11, 2), "Día de Muertos", false),
                new HolidaySeed(LocalDate.of(2026, 11, 16), "Día de la Revolución (20 de noviembre)", true),
                new HolidaySeed(LocalDate.of(2026, 12, 12), "Día de la Virgen de Guadalupe", false),
                new HolidaySeed(LocalDate.of(2026, 12, 25), "Navidad", true)), MexicanHolidays.forYear(2026));
    }

    @Test
    void year2025() {
        assertEquals(List.of(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 17),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 16), LocalDate.of(2025, 11, 17),
                LocalDate.of(2025, 12, 25)), mandatoryDates(2025));
        assertEquals(List.of(
                LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 11, 2),
                LocalDate.of(2025, 12, 12)), customaryDates(2025));
    }

    @Test
    void year2030HasTheInaugurationOnTheFirstOfOctober() {
        assertEquals(List.of(
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 4), LocalDate.of(2030, 3, 18),
                LocalDate.of(2030, 5, 1), LocalDate.of(2030, 9, 16), LocalDate.of(2030, 10, 1),
                LocalDate.of(2030, 11, 18), LocalDate.of(2030, 12, 25)), mandatoryDates(2030));
        assertEquals(List.of(
                LocalDate.of(2030, 4, 18), LocalDate.of(2030, 4, 19), LocalDate.of(2030, 11, 2),
                LocalDate.of(2030, 12, 12)), customaryDates(2030));
        assertTrue(MexicanHolidays.forYear(2030).contains(
                new HolidaySeed(LocalDate.of(2030, 10, 1), "Transmisión del Poder Ejecutivo Federal", true)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2030, 2036, 2042})
    void theFirstOfOctoberIsMandatoryEverySixYearsFrom2024(int year) {
        assertTrue(mandatoryDates(year).contains(LocalDate.of(year, 10, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2031, 2035})
    void andInNoOtherYear(int year) {
        assertFalse(MexicanHolidays.forYear(year).stream().anyMatch(h -> h.date().equals(LocalDate.of(year, 10, 1))));
    }

    @ParameterizedTest
    @CsvSource({"2008,2008-03-23", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
            "2027,2027-03-28", "2030,2030-04-21", "2038,2038-04-25", "2285,2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertEquals(easter, MexicanHolidays.easterSunday(year));
        assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032})
    void everyYearHasItsDaysInOrderOnceEachWithASpanishName(int year) {
        List<HolidaySeed> days = MexicanHolidays.forYear(year);
        assertEquals(days.stream().map(HolidaySeed::date).sorted().distinct().toList(),
                days.stream().map(HolidaySeed::date).toList());
        assertTrue(days.stream().allMatch(h -> h.date().getYear() == year && !h.name().isBlank()));
        assertEquals(4, customaryDates(year).size());
        assertEquals(year % 6 == 2024 % 6 ? 8 : 7, mandatoryDates(year).size());
        // The Monday holidays really are Mondays, Holy Thursday and Good Friday what they say.
        assertTrue(days.stream().filter(h -> h.name().contains("(")).allMatch(h -> h.date().getDayOfWeek() == DayOfWeek.MONDAY));
        assertEquals(DayOfWeek.THURSDAY, dateOf(days, "Jueves Santo").getDayOfWeek());
        assertEquals(DayOfWeek.FRIDAY, dateOf(days, "Viernes Santo").getDayOfWeek());
    }

    private static LocalDate dateOf(List<HolidaySeed> days, String name) {
        return days.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow().date();
    }

    private static List<LocalDate> mandatoryDates(int year) {
        return MexicanHolidays.forYear(year).stream().filter(HolidaySeed::mandatory).map(HolidaySeed::date)
                .collect(Collectors.toList());
    }

    private static List<LocalDate> customaryDates(int year) {
        return MexicanHolidays.forYear(year).stream().filter(h -> !h.mandatory()).map(HolidaySeed::date)
                .collect(Collectors.toList());
    }
}
