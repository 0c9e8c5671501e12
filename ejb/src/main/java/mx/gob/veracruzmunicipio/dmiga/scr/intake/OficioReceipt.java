package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import java.io.Serializable;
import java.time.Instant;

/** The acknowledgement of an incoming oficio: its report's folio; duplicate when it had arrived before. */
public record OficioReceipt(String folio, String ceroPapelId, Instant receivedAt, boolean duplicate)
        implements Serializable {
}
