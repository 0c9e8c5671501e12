package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 3: the payment order as drafted or corrected. Provider, amount and invoice repeat the
 * verified invoice on purpose: the order is a document of its own, and the procedure refuses one
 * that does not match the invoice it pays.
 */
public record PaymentOrderDraft(
        @Label("RFC del proveedor") @NotBlank(message = "{orden.proveedor.requerido}")
        @Pattern(regexp = Invoices.RFC_PATTERN, message = "{orden.proveedor.formato}") String providerRfc,
        @Label("Importe") @NotNull(message = "{orden.importe.requerido}")
        @DecimalMin(value = "0.01", message = "{orden.importe.positivo}")
        @Digits(integer = 13, fraction = 2, message = "{importe.formato}") BigDecimal amount,
        @Label("Partida presupuestal") @NotBlank(message = "{orden.partida.requerida}")
        @Size(max = 20, message = "{orden.partida.larga}") String budgetItemCode,
        @Label("Concepto") @NotBlank(message = "{orden.concepto.requerido}")
        @Size(max = 500, message = "{orden.concepto.largo}") String concept,
        @Label("Factura (folio fiscal)") @NotBlank(message = "{orden.factura.requerida}")
        @Pattern(regexp = Invoices.UUID_PATTERN, message = "{factura.uuid.formato}") String invoiceUuid,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
