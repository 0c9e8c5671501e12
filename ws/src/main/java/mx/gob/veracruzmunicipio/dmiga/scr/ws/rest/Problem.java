package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error answer, RFC 9457 (application/problem+json), with the Spanish messages in {@code errores}. */
public record Problem(String type, String title, int status, String detail, List<String> errores) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.StatusType status, String title, String detail, List<String> errores) {
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, errores))
                .build();
    }
}
