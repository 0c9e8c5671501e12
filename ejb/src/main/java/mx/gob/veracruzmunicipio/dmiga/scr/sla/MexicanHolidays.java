package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days off SCR proposes for a year (shared/spec/calendar.md). They are only the starting point:
 * the ADMIN edits the stored calendar afterwards, and the municipality decides each year which of
 * the customary closings apply.
 *
 * <p>Mandatory rest days follow the Ley Federal del Trabajo, art. 74, as amended in 2024; those
 * rules are applied to every year asked for, since SCR only seeds current and future years.
 * Election days are not predictable from the date alone and are left to the ADMIN, as are the
 * vacation periods of the official calendar.
 */
public final class MexicanHolidays {

    /** The first presidential inauguration on 1 October (2024 reform); they recur every six years. */
    private static final int FIRST_OCTOBER_INAUGURATION = 2024;

    private MexicanHolidays() {
    }

    /** The proposed days off of {@code year}, in date order. */
    public static List<HolidaySeed> forYear(int year) {
        List<HolidaySeed> days = new ArrayList<>();
        days.add(mandatory(LocalDate.of(year, Month.JANUARY, 1), "Año Nuevo"));
        days.add(mandatory(nthMonday(year, Month.FEBRUARY, 1), "Día de la Constitución (5 de febrero)"));
        days.add(mandatory(nthMonday(year, Month.MARCH, 3), "Natalicio de Benito Juárez (21 de marzo)"));
        days.add(mandatory(LocalDate.of(year, Month.MAY, 1), "Día del Trabajo"));
        days.add(mandatory(LocalDate.of(year, Month.SEPTEMBER, 16), "Día de la Independencia"));
        if (Math.floorMod(year - FIRST_OCTOBER_INAUGURATION, 6) == 0) {
            days.add(mandatory(LocalDate.of(year, Month.OCTOBER, 1), "Transmisión del Poder Ejecutivo Federal"));
        }
        days.add(mandatory(nthMonday(year, Month.NOVEMBER, 3), "Día de la Revolución (20 de noviembre)"));
        days.add(mandatory(LocalDate.of(year, Month.DECEMBER, 25), "Navidad"));

        LocalDate easter = easterSunday(year);
        days.add(customary(easter.minusDays(3), "Jueves Santo"));
        days.add(customary(easter.minusDays(2), "Viernes Santo"));
        days.add(customary(LocalDate.of(year, Month.NOVEMBER, 2), "Día de Muertos"));
        days.add(customary(LocalDate.of(year, Month.DECEMBER, 12), "Día de la Virgen de Guadalupe"));

        days.sort(Comparator.comparing(HolidaySeed::date));
        return List.copyOf(days);
    }

    /** Easter Sunday of the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) algorithm. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static HolidaySeed mandatory(LocalDate date, String name) {
        return new HolidaySeed(date, name, true);
    }

    private static HolidaySeed customary(LocalDate date, String name) {
        return new HolidaySeed(date, name, false);
    }
}
