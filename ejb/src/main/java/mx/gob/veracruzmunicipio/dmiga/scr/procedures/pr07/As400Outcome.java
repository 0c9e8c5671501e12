package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

/** What the AS/400 integration layer reports back (contract field {@code resultado}). */
public enum As400Outcome {
    CREADO("Perfil creado"),
    ELIMINADO("Perfil eliminado"),
    ERROR("Error del AS/400");

    private final String label;

    As400Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The success that answers a movement: a new profile for an alta, a removed one for a baja. */
    static As400Outcome successOf(As400Movement movement) {
        return movement == As400Movement.ALTA ? CREADO : ELIMINADO;
    }
}
