package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A period during which a report's clock stops (for example while it waits on the requester).
 * A {@code null} end means the report is still paused: the pause lasts until whatever instant the
 * calculation ends at.
 */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** A pause that has not ended yet. */
    public static Pause open(Instant start) {
        return new Pause(start, null);
    }

    public boolean isOpen() {
        return end == null;
    }
}
