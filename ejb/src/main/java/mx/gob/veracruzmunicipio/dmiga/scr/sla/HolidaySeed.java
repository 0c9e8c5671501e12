package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off proposed for the calendar: its Spanish name as the intranet shows it, and whether the
 * law makes it a mandatory rest day or the municipality merely usually closes on it.
 */
public record HolidaySeed(LocalDate date, String name, boolean mandatory) {

    public HolidaySeed {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
