package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;
import java.util.List;

/** What a step's form needs to be seen beside it (the payment order, the dictamen's items…). */
public record ContextSection(String title, List<Fact> facts) implements Serializable {

    public record Fact(String label, String value) implements Serializable {
    }
}
