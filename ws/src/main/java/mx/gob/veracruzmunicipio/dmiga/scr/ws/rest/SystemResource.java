package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Lets an integration team check its credentials and reach before calling a real operation:
 * answers who SCR took the caller for.
 */
@Path("sistema")
public class SystemResource {

    /** The answer: the system's name, the contract version and the authenticated client. */
    public record SystemInfo(String sistema, String version, String cliente) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SystemInfo get(@Context SecurityContext security) {
        return new SystemInfo("SCR", "v1", security.getUserPrincipal().getName());
    }
}
