package mx.gob.veracruzmunicipio.dmiga.scr.signature;

/** The documents of a report that the areas sign through Cero Papel (contract: {@code documento}). */
public enum SignedDocument {
    REPORTE_SERVICIO("Reporte de servicio"),
    DICTAMEN_TECNICO("Dictamen técnico"),
    ORDEN_PAGO("Orden de pago"),
    OFICIO("Oficio");

    private final String label;

    SignedDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A signed service report also rates the service (PR-DMIGA-01 step 5). */
    public boolean requiresRating() {
        return this == REPORTE_SERVICIO;
    }
}
