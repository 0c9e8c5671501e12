package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

/**
 * What SAT's CFDI verification (ConsultaCFDIService) said of an invoice: its "Estado", or that SAT
 * did not answer (time-out, refused connection, SOAP fault, HTTP error) after the retries.
 */
public enum SatStatus {
    VIGENTE("Vigente"),
    CANCELADO("Cancelado"),
    NO_ENCONTRADO("No encontrado"),
    NO_DISPONIBLE("El SAT no respondió");

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
