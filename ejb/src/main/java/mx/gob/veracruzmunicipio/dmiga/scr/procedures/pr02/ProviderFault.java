package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * The fault is the provider's (step 2): Mantenimiento opened a ticket at its help desk and records
 * the provider (catalog, by RFC) and the ticket number for follow-up.
 */
public record ProviderFault(
        @Label("Diagnóstico en sitio") @NotBlank(message = "{pr02.diagnostico.requerido}")
        @Size(max = 2000, message = "{pr02.diagnostico.largo}") String findings,
        @Label("RFC del proveedor") @NotBlank(message = "{pr02.proveedor.requerido}")
        @Size(max = 13, message = "{pr02.proveedor.largo}") String providerRfc,
        @Label("Número de ticket") @NotBlank(message = "{pr02.ticket.requerido}")
        @Size(max = 60, message = "{pr02.ticket.largo}") String ticketNumber,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
