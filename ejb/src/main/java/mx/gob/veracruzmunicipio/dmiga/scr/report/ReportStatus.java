package mx.gob.veracruzmunicipio.dmiga.scr.report;

/** Where a report stands as a whole; the step says where inside its procedure. */
public enum ReportStatus {
    /** An oficio that arrived without a procedure: the SECRETARIA classifies it. */
    SIN_CLASIFICAR("Sin clasificar"),
    EN_TRAMITE("En trámite"),
    /** Waiting on someone outside the directorate (material, provider, signatures): the SLA clock stops. */
    EN_ESPERA("En espera externa"),
    CERRADO("Cerrado"),
    /** The Director declined the request, with a reason sent back by oficio. */
    DECLINADO("Declinado");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CERRADO || this == DECLINADO;
    }
}
