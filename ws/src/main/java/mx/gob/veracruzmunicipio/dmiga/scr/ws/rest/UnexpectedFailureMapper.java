package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ConcurrentChangeException;
import mx.gob.veracruzmunicipio.dmiga.scr.ws.Failures;

/**
 * Every other failure as problem+json, never with a stack trace: the JAX-RS errors keep their status
 * (unreadable JSON is 400), an action the report's state refuses is 409, a denied bean call is 403,
 * a transient failure 503, anything else 500.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    /** The field a JSON-B (Yasson) binding error names: {@code Unable to deserialize property 'calificacion'}. */
    private static final Pattern FIELD = Pattern.compile("deserialize property '([A-Za-z_][A-Za-z0-9_]*)'");

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            if (status.getStatusCode() == 400 || failure.getCause() instanceof ProcessingException) {
                return badJson(failure);
            }
            return Problem.response(status, status.getReasonPhrase(), status.getReasonPhrase(), List.of());
        }
        if (failure instanceof ProcessingException) {
            return badJson(failure);
        }
        if (failure instanceof ActionRefusedException || failure instanceof ConcurrentChangeException) {
            return Problem.response(Response.Status.CONFLICT, "Conflicto", failure.getMessage(),
                    List.of(failure.getMessage()));
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

    /** Unreadable JSON; when the parser says which field had a value of the wrong type, that field is named. */
    private static Response badJson(Exception failure) {
        String message = "El cuerpo de la solicitud no es JSON válido para esta operación.";
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher field = FIELD.matcher(String.valueOf(cause.getMessage()));
            String name = null;
            while (field.find()) {
                name = name == null ? field.group(1) : name + "." + field.group(1);
            }
            if (name != null) {
                message = "El campo «" + name + "» no tiene un valor válido para su tipo.";
                break;
            }
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Solicitud inválida", message, List.of(message));
    }
}
