package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;

/** What a maintenance plan says: where, which line, how often, from when, and its impact. */
public record PlanData(
        @NotBlank(message = "{plan.sitio.requerido}") @Size(max = 200, message = "{plan.sitio.largo}") String site,
        @NotBlank(message = "{plan.linea.requerida}") @Size(max = 100, message = "{plan.linea.larga}") String line,
        @NotBlank(message = "{reporte.dependencia.requerida}") String departmentCode,
        @NotNull(message = "{plan.frecuencia.requerida}") Frequency frequency,
        @NotNull(message = "{plan.fecha.requerida}") LocalDate nextDate,
        @NotNull(message = "{reporte.prioridad.requerida}") Priority priority) implements Serializable {
}
