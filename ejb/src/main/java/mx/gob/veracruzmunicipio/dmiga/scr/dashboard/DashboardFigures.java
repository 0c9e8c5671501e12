package mx.gob.veracruzmunicipio.dmiga.scr.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Tablero shows for the reports created from {@code from} to {@code to} (days in the
 * city's time zone, both included): one row per procedure that has reports, in the manual's order
 * (unclassified last), the totals over all of them, and the time per step.
 */
public record DashboardFigures(LocalDate from, LocalDate to, List<ProcedureFigures> procedures,
                               ProcedureFigures totals, List<StepTime> steps) implements Serializable {
}
