package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cero Papel delivered a reply oficio (contract: ConfirmarEntrega). */
public record DeliveryConfirmation(
        @NotNull(message = "{entrega.id.requerido}") Long outgoingOficioId,
        @NotBlank(message = "{entrega.numero.requerido}")
        @Size(max = 100, message = "{entrega.numero.largo}") String ceroPapelNumber,
        @NotNull(message = "{entrega.fecha.requerida}") Instant deliveredAt) {
}
