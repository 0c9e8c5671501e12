package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.gob.veracruzmunicipio.dmiga.scr.ws.Failures;

/**
 * Every other failure as problem+json, never with a stack trace: the JAX-RS errors keep their status
 * (unreadable JSON is 400), a denied bean call is 403, a transient failure 503, anything else 500.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            if (status.getStatusCode() == 400 || failure.getCause() instanceof ProcessingException) {
                return badJson();
            }
            return Problem.response(status, status.getReasonPhrase(), status.getReasonPhrase(), List.of());
        }
        if (failure instanceof ProcessingException) {
            return badJson();
        }
        if (failure instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "Prohibido",
                    "Su cuenta no tiene permiso para esta operación.", List.of());
        }
        if (Failures.isTransient(failure, "REST")) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Servicio no disponible", Failures.UNAVAILABLE,
                    List.of());
        }
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Error interno", Failures.INTERNAL, List.of());
    }

    private static Response badJson() {
        return Problem.response(Response.Status.BAD_REQUEST, "Solicitud inválida",
                "El cuerpo de la solicitud no es JSON válido para esta operación.",
                List.of("El cuerpo de la solicitud no es JSON válido para esta operación."));
    }
}
