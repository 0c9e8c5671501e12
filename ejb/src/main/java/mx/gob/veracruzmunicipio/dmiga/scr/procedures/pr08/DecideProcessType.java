package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

/** The participation mechanisms Decide Veracruz offers; the area's process is one of them. */
public enum DecideProcessType {
    DEBATE("Debate"),
    PROPUESTAS("Propuestas ciudadanas"),
    VOTACION("Votación o encuesta"),
    PRESUPUESTO_PARTICIPATIVO("Presupuesto participativo"),
    LEGISLACION_COLABORATIVA("Legislación colaborativa");

    private final String label;

    DecideProcessType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The timeline renders action data with toString: people read the Spanish label there. */
    @Override
    public String toString() {
        return label;
    }
}
