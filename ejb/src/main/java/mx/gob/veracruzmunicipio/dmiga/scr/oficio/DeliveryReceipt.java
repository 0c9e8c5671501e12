package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.io.Serializable;
import java.time.Instant;

/** The acknowledgement of a delivery confirmation; duplicate when the same one had been recorded before. */
public record DeliveryReceipt(long id, String folio, String ceroPapelNumber, Instant deliveredAt, boolean duplicate)
        implements Serializable {
}
