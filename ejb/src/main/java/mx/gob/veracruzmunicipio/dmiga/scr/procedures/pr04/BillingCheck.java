package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/**
 * Step 1A: the billing data of the provider's CFDI and the coordinator's verdict on it. The fields
 * are the CFDI's own (Emisor/Rfc, Receptor/Rfc, Serie+Folio, TimbreFiscalDigital/UUID, Fecha,
 * SubTotal, impuestos, Total, Concepto), so that parsing the XML can fill them later; the verdict
 * stays a person's decision. When the data is wrong only the description of what is wrong is
 * required on top, since the provider will send another invoice anyway.
 */
public record BillingCheck(
        @Label("RFC del emisor") @NotBlank(message = "{factura.emisor.requerido}")
        @Pattern(regexp = Invoices.RFC_PATTERN, message = "{factura.emisor.formato}") String issuerRfc,
        @Label("RFC del receptor") @NotBlank(message = "{factura.receptor.requerido}")
        @Pattern(regexp = Invoices.RFC_PATTERN, message = "{factura.receptor.formato}") String receiverRfc,
        @Label("Serie y folio") @NotBlank(message = "{factura.folio.requerido}")
        @Size(max = 40, message = "{factura.folio.largo}") String invoiceFolio,
        @Label("Folio fiscal (UUID)") @NotBlank(message = "{factura.uuid.requerido}")
        @Pattern(regexp = Invoices.UUID_PATTERN, message = "{factura.uuid.formato}") String uuid,
        @Label("Fecha de emisión") @NotNull(message = "{factura.fecha.requerida}")
        @PastOrPresent(message = "{factura.fecha.futura}") LocalDate issuedOn,
        @Label("Subtotal") @NotNull(message = "{factura.subtotal.requerido}")
        @DecimalMin(value = "0.01", message = "{factura.subtotal.positivo}")
        @Digits(integer = 13, fraction = 2, message = "{importe.formato}") BigDecimal subtotal,
        @Label("Impuestos trasladados") @NotNull(message = "{factura.trasladados.requeridos}")
        @DecimalMin(value = "0.00", message = "{factura.impuestos.negativos}")
        @Digits(integer = 13, fraction = 2, message = "{importe.formato}") BigDecimal transferredTaxes,
        @Label("Impuestos retenidos")
        @DecimalMin(value = "0.00", message = "{factura.impuestos.negativos}")
        @Digits(integer = 13, fraction = 2, message = "{importe.formato}") BigDecimal withheldTaxes,
        @Label("Total") @NotNull(message = "{factura.total.requerido}")
        @DecimalMin(value = "0.01", message = "{factura.total.positivo}")
        @Digits(integer = 13, fraction = 2, message = "{importe.formato}") BigDecimal total,
        @Label("Concepto") @NotBlank(message = "{factura.concepto.requerido}")
        @Size(max = 500, message = "{factura.concepto.largo}") String concept,
        @Label("Datos correctos") @NotNull(message = "{factura.veredicto.requerido}") Boolean dataCorrect,
        @Label("Datos incorrectos") @Size(max = 2000, message = "{factura.problemas.largos}") String problems,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {

    /** What the provider must fix is what the returned invoice is about. */
    @AssertTrue(message = "{factura.problemas.requeridos}")
    boolean isProblemDescribed() {
        return dataCorrect == null || dataCorrect || (problems != null && !problems.isBlank());
    }

    /** Total = subtotal + transferred − withheld, to the centavo; a wrong sum is a reason to return it. */
    @AssertTrue(message = "{factura.total.inconsistente}")
    boolean isTotalConsistent() {
        if (dataCorrect == null || !dataCorrect || subtotal == null || transferredTaxes == null || total == null) {
            return true;
        }
        BigDecimal withheld = withheldTaxes == null ? BigDecimal.ZERO : withheldTaxes;
        return subtotal.add(transferredTaxes).subtract(withheld).compareTo(total) == 0;
    }
}
