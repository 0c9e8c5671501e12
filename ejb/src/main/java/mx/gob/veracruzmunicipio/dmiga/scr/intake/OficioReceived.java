package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/**
 * An oficio as Cero Papel delivers it (integration contract, OficioEntrante); {@code userRequest} is
 * its optional {@code solicitudUsuario} (PR-DMIGA-07 and 09).
 */
public record OficioReceived(
        @NotBlank(message = "{oficio.idCeroPapel.requerido}") @Size(max = 100, message = "{oficio.idCeroPapel.largo}") String ceroPapelId,
        @NotBlank(message = "{oficio.numero.requerido}") @Size(max = 100, message = "{oficio.numero.largo}") String number,
        @NotNull(message = "{oficio.fecha.requerida}") Instant datedAt,
        @NotBlank(message = "{oficio.dependencia.requerida}") @Size(max = 20, message = "{dependencia.clave.larga}") String departmentCode,
        @NotBlank(message = "{oficio.dependencia.requerida}") @Size(max = 200, message = "{dependencia.nombre.largo}") String departmentName,
        @NotBlank(message = "{oficio.remitente.requerido}") @Size(max = 200, message = "{oficio.remitente.largo}") String senderName,
        @Size(max = 200, message = "{oficio.cargo.largo}") String senderPosition,
        @Email(message = "{oficio.correo.formato}") @Size(max = 200, message = "{oficio.correo.formato}") String senderEmail,
        @NotBlank(message = "{oficio.asunto.requerido}") @Size(max = 500, message = "{oficio.asunto.largo}") String subject,
        @NotBlank(message = "{oficio.cuerpo.requerido}") @Size(max = 20000, message = "{oficio.cuerpo.entrante.largo}") String body,
        ProcedureKey procedure,
        ServiceCategory category,
        @Valid List<Attachment> attachments,
        @Valid UserRequest userRequest) {

    /** The largest attachment accepted (integration contract: 10 MiB per attachment). */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    /** A file attached to the oficio. */
    public record Attachment(
            @NotBlank(message = "{anexo.nombre.requerido}") @Size(max = 255, message = "{anexo.nombre.largo}") String fileName,
            @NotBlank(message = "{anexo.tipo.requerido}") @Size(max = 100, message = "{anexo.tipo.largo}") String mimeType,
            @NotNull(message = "{anexo.contenido.requerido}") byte[] content) {
    }

    public OficioReceived {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An oficio that asks for no user account. */
    public OficioReceived(String ceroPapelId, String number, Instant datedAt, String departmentCode,
                          String departmentName, String senderName, String senderPosition, String senderEmail,
                          String subject, String body, ProcedureKey procedure, ServiceCategory category,
                          List<Attachment> attachments) {
        this(ceroPapelId, number, datedAt, departmentCode, departmentName, senderName, senderPosition, senderEmail,
                subject, body, procedure, category, attachments, null);
    }
}
