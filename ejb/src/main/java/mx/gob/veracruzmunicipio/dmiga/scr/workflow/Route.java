package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.util.function.BiPredicate;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * Where an action leads: the first route whose condition holds for the report and the entered data.
 * The label is the decision as the timeline and the flow diagram show it.
 */
public record Route<D extends ActionData>(String label, BiPredicate<Report, D> condition, String target) {

    /** The target that ends the procedure. */
    public static final String END = "FIN";

    public boolean isEnd() {
        return END.equals(target);
    }
}
