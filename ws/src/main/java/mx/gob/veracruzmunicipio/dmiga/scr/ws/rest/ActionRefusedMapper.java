package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionRefusedException;

/** The report's current step does not allow the action any more (it moved on): 409, saying why. */
@Provider
public class ActionRefusedMapper implements ExceptionMapper<ActionRefusedException> {

    @Override
    public Response toResponse(ActionRefusedException refused) {
        return Problem.response(Response.Status.CONFLICT, "Conflicto", refused.getMessage(),
                List.of(refused.getMessage()));
    }
}
