package mx.gob.veracruzmunicipio.dmiga.scr.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose proposed days off were seeded once; they are never seeded again. */
@Entity
@Table(name = "holiday_seeded_year")
public class SeededHolidayYear {

    @Id
    @Column(name = "seeded_year")
    private int year;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    protected SeededHolidayYear() {
        // JPA
    }

    public SeededHolidayYear(int year, Instant seededAt) {
        this.year = year;
        this.seededAt = seededAt;
    }

    public int getYear() {
        return year;
    }

    public Instant getSeededAt() {
        return seededAt;
    }
}
