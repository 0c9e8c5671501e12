package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Channel;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/** What opening a report needs; the procedure may be absent for an oficio still to classify. */
public record NewReport(
        ProcedureKey procedure,
        @NotNull Channel channel,
        @NotNull(message = "{reporte.dependencia.requerida}") Department department,
        ServiceCategory category,
        @NotNull(message = "{reporte.prioridad.requerida}") Priority priority,
        @NotBlank(message = "{reporte.asunto.requerido}") @Size(max = 500, message = "{reporte.asunto.largo}") String subject,
        @Size(max = 4000, message = "{reporte.descripcion.larga}") String description,
        @NotBlank(message = "{reporte.solicitante.requerido}") @Size(max = 200, message = "{reporte.solicitante.largo}") String requester) {
}
