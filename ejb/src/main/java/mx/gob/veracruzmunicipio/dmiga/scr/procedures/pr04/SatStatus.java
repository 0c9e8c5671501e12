package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

/** The "Estado" SAT's CFDI verification answers (portal or ConsultaCFDIService). */
public enum SatStatus {
    VIGENTE("Vigente"),
    CANCELADO("Cancelado"),
    NO_ENCONTRADO("No encontrado");

    private final String label;

    SatStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The timeline shows the status as SAT words it. */
    @Override
    public String toString() {
        return label;
    }
}
