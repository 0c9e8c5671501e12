package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.ConflictException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.NotFoundException;

/**
 * Input a bean refused (nothing was stored): 400, 404 when it names something that does not exist,
 * 409 when it contradicts what is recorded.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException invalid) {
        if (invalid instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, "No encontrado", String.join(" ", invalid.messages()),
                    invalid.messages());
        }
        if (invalid instanceof ConflictException) {
            return Problem.response(Response.Status.CONFLICT, "Conflicto", String.join(" ", invalid.messages()),
                    invalid.messages());
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Solicitud inválida",
                "La solicitud no es válida; no se registró nada.", invalid.messages());
    }
}
