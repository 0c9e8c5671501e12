package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;

/** A reply oficio queued for Cero Papel, as shown on the report page; {@code printed}: it has its PDF. */
public record ReplyOficioView(long id, String recipient, String subject, String body, Instant createdAt,
                              String createdBy, Instant deliveredAt, String ceroPapelNumber, boolean printed)
        implements Serializable {

    static ReplyOficioView of(OutgoingOficio oficio) {
        return new ReplyOficioView(oficio.getId(), oficio.getRecipient(), oficio.getSubject(), oficio.getBody(),
                oficio.getCreatedAt(), oficio.getCreatedBy(), oficio.getDeliveredAt(), oficio.getCeroPapelNumber(),
                oficio.getPdf() != null);
    }
}
