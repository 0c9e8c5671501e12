package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr03;

/** What the technical verification concludes for one item (manual PR-DMIGA-03, steps 3 to 5). */
public enum Verdict {
    /** Irreversible damage or obsolescence: the item goes on the decommissioning dictamen. */
    BAJA("Baja"),
    /** It can work again: the dictamen states the technical requirements it needs. */
    REPARABLE("Reparable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
