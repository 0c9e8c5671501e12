package mx.gob.veracruzmunicipio.dmiga.scr.report;

/** Impact of the request; PR-DMIGA-02 attends the areas of greatest impact first. */
public enum Priority {
    BAJA("Baja"),
    MEDIA("Media"),
    ALTA("Alta"),
    CRITICA("Crítica");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
