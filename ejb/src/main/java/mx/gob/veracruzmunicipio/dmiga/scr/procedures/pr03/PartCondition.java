package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

/** Why a part keeps an item from working: the two cases the manual names. */
public enum PartCondition {
    DANADA("dañada"),
    OBSOLETA("obsoleta");

    private final String label;

    PartCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
