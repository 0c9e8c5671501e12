package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

/** What a PR-DMIGA-07 request asks of the AS/400 (contract field {@code movimiento}). */
public enum As400Movement {
    ALTA("Alta de usuario"),
    BAJA("Baja de usuario");

    private final String label;

    As400Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
