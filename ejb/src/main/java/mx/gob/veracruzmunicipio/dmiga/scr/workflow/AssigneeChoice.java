package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

/** Action data naming the person who takes the next step (e.g. the programmer a coordinator picks). */
public interface AssigneeChoice extends ActionData {

    /** Username of the person; they must hold the next step's role. */
    String assignee();
}
