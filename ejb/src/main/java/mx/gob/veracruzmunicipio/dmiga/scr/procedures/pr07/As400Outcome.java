package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

/** What the AS/400 integration layer reports back (contract field {@code resultado}). */
public enum As400Outcome {
    CREADO,
    ELIMINADO,
    ERROR;

    /** The success that answers a movement: a new profile for an alta, a removed one for a baja. */
    static As400Outcome successOf(As400Movement movement) {
        return movement == As400Movement.ALTA ? CREADO : ELIMINADO;
    }
}
