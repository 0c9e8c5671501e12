package mx.gob.veracruzmunicipio.dmiga.scr.ws.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every message. Without a resolver RESTEasy builds a new Jsonb for each
 * body it reads or writes, and Yasson looks its provider up and introspects the types again every
 * time: a third of the CPU of a REST oficio intake. Jsonb is thread-safe.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
