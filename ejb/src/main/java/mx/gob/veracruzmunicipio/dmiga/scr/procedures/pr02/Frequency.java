package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.LocalDate;

/** How often a maintenance plan's preventive visit is due. */
public enum Frequency {
    MENSUAL("Mensual", 1),
    BIMESTRAL("Bimestral", 2),
    TRIMESTRAL("Trimestral", 3),
    SEMESTRAL("Semestral", 6),
    ANUAL("Anual", 12);

    private final String label;
    private final int months;

    Frequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public LocalDate after(LocalDate date) {
        return date.plusMonths(months);
    }
}
