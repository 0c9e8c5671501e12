package mx.gob.veracruzmunicipio.dmiga.scr.oficio;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A reply oficio as Cero Papel takes it for delivery (contract: OficioSaliente). {@code
 * originCeroPapelId} is the idCeroPapel of the oficio that opened the report, if one did.
 * {@code attachments} holds the oficio printed as PDF (empty for oficios queued before SCR printed them).
 */
public record OutgoingOficioView(long id, String folio, String originCeroPapelId, String recipient, String subject,
                                 String body, Instant createdAt, List<Attachment> attachments) implements Serializable {

    /** A file that goes with the oficio. */
    public record Attachment(String fileName, String mimeType, byte[] content) implements Serializable {
    }
}
