package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.oficio.OutgoingOficio;

/** A reply oficio queued for Cero Papel, as shown on the report page. */
public record ReplyOficioView(String recipient, String subject, String body, Instant createdAt, String createdBy,
                              Instant deliveredAt, String ceroPapelNumber) implements Serializable {

    static ReplyOficioView of(OutgoingOficio oficio) {
        return new ReplyOficioView(oficio.getRecipient(), oficio.getSubject(), oficio.getBody(),
                oficio.getCreatedAt(), oficio.getCreatedBy(), oficio.getDeliveredAt(), oficio.getCeroPapelNumber());
    }
}
