package mx.gob.veracruzmunicipio.dmiga.scr.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import mx.gob.veracruzmunicipio.dmiga.scr.intake.OficioReceived;
import mx.gob.veracruzmunicipio.dmiga.scr.intake.UserRequest;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ServiceCategory;

/** Oficios as Cero Papel would push them, each with a fresh idCeroPapel. */
public final class TestOficios {

    private TestOficios() {
    }

    public static OficioReceived asking(ProcedureKey procedure, ServiceCategory category, String subject) {
        String id = "CP-" + UUID.randomUUID();
        return new OficioReceived(id, "TES/" + id.substring(3, 11) + "/2026", Instant.parse("2026-11-20T16:00:00Z"),
                "TES", "Tesorería Municipal", "C.P. Gabriela Torres Lima", "Tesorera Municipal",
                "gabriela.torres@veracruzmunicipio.gob.mx", subject,
                "Por medio del presente solicito su apoyo para: " + subject + ".", procedure, category,
                List.of(new OficioReceived.Attachment("oficio.pdf", "application/pdf",
                        "%PDF-1.4 oficio de prueba".getBytes(StandardCharsets.US_ASCII))));
    }

    /** A PR-DMIGA-07 or 09 oficio that states the user account it asks for (solicitudUsuario). */
    public static OficioReceived askingForUser(ProcedureKey procedure, UserRequest user) {
        OficioReceived oficio = asking(procedure, ServiceCategory.USUARIOS_SISTEMAS,
                user.movement() + " de usuario de " + user.employee().givenNames() + " "
                        + user.employee().firstSurname());
        return new OficioReceived(oficio.ceroPapelId(), oficio.number(), oficio.datedAt(), oficio.departmentCode(),
                oficio.departmentName(), oficio.senderName(), oficio.senderPosition(), oficio.senderEmail(),
                oficio.subject(), oficio.body(), oficio.procedure(), oficio.category(), oficio.attachments(), user);
    }
}
