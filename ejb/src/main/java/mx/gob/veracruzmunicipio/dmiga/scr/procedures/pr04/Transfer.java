package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Label;

/** Step 13: the transfer Egresos made to the provider. */
public record Transfer(
        @Label("Referencia de la transferencia") @NotBlank(message = "{transferencia.referencia.requerida}")
        @Size(max = 50, message = "{transferencia.referencia.larga}") String paymentReference,
        @Label("Fecha de la transferencia") @NotNull(message = "{transferencia.fecha.requerida}")
        @PastOrPresent(message = "{transferencia.fecha.futura}") LocalDate transferDate,
        @Size(max = 4000, message = "{accion.observaciones.largas}") String observations) implements ActionData {
}
