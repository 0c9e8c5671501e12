package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST version 1 of the integration contracts, under /scr/api/v1. */
@ApplicationPath("/v1")
public class RestApplication extends Application {
}
