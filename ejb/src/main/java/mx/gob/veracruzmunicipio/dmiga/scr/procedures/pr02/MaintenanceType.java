package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

/** What the attention of a PR-DMIGA-02 event was (manual, step 4; preventive from the plans). */
public enum MaintenanceType {
    CORRECTIVO("Mantenimiento correctivo"),
    PREVENTIVO("Mantenimiento preventivo"),
    INSTALACION("Instalación de red telefónica o de datos");

    private final String label;

    MaintenanceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label; // the timeline shows the Spanish name
    }
}
