package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.AccessRefusedException;

/** A bean refused the signed-in client this data (e.g. another system's requests): 403, saying why. */
@Provider
public class RefusalMapper implements ExceptionMapper<AccessRefusedException> {

    @Override
    public Response toResponse(AccessRefusedException refused) {
        return Problem.response(Response.Status.FORBIDDEN, "Prohibido", refused.getMessage(),
                List.of(refused.getMessage()));
    }
}
