package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

/**
 * The data a person enters when taking an action: a record with Bean Validation constraints.
 * Its components are written to the timeline; a component named {@code observations} becomes the
 * entry's observations.
 */
public interface ActionData {

    /** No data beyond optional observations. */
    record Note(String observations) implements ActionData {
    }
}
