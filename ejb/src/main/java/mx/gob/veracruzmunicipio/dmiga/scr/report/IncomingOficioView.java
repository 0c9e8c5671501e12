package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.oficio.IncomingOficio;

/** The oficio from Cero Papel that opened a report, with its attachments (by id, without content). */
public record IncomingOficioView(String number, Instant datedAt, String departmentName, String senderName,
                                 String senderPosition, String subject, String body, Instant receivedAt,
                                 List<Attachment> attachments) implements Serializable {

    public record Attachment(long id, String fileName, String mimeType, long sizeBytes) implements Serializable {
    }

    /** An attachment's bytes, for downloading it. */
    public record Download(String fileName, String mimeType, byte[] content) implements Serializable {
    }

    static IncomingOficioView of(IncomingOficio oficio) {
        return new IncomingOficioView(oficio.getNumber(), oficio.getDatedAt(), oficio.getDepartmentName(),
                oficio.getSenderName(), oficio.getSenderPosition(), oficio.getSubject(), oficio.getBody(),
                oficio.getReceivedAt(), oficio.getAttachments().stream()
                .map(a -> new Attachment(a.getId(), a.getFileName(), a.getMimeType(), a.getSizeBytes())).toList());
    }
}
