package mx.gob.veracruzmunicipio.dmiga.scr.web.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Times as the city reads them: America/Mexico_City, day/month/year and 24-hour clock. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId CITY = ZoneId.of("America/Mexico_City");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CITY));
    }

    /** Business time spent, e.g. "2 h 05 min". */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "";
        }
        Duration duration = Duration.ofSeconds(seconds);
        return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
    }
}
