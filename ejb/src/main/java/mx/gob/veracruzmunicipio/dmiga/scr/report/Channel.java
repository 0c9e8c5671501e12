package mx.gob.veracruzmunicipio.dmiga.scr.report;

/** How a request reached the directorate (manual, policy 1.3). */
public enum Channel {
    TELEFONO("Teléfono"),
    OFICIO("Oficio por Cero Papel");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
