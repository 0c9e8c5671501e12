package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Priority;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** A request the SECRETARIA takes by phone. */
public record PhoneRequest(
        @NotNull(message = "{reporte.procedimiento.requerido}") ProcedureKey procedure,
        @NotBlank(message = "{reporte.dependencia.requerida}") String departmentCode,
        @NotNull(message = "{reporte.categoria.requerida}") @Label("Categoría") ServiceCategory category,
        @NotNull(message = "{reporte.prioridad.requerida}") @Label("Prioridad") Priority priority,
        @NotBlank(message = "{reporte.asunto.requerido}") @Size(max = 500, message = "{reporte.asunto.largo}") String subject,
        @Size(max = 4000, message = "{reporte.descripcion.larga}") String description,
        @NotBlank(message = "{reporte.solicitante.requerido}") @Size(max = 200, message = "{reporte.solicitante.largo}")
        @Label("Solicitante") String requester,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
