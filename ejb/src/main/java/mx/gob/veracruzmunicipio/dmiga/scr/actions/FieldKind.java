package mx.gob.veracruzmunicipio.dmiga.scr.actions;

/** How a form shows a component of an action's data record, by its Java type. */
public enum FieldKind {
    TEXT, TEXTAREA, YES_NO, CHOICE, INTEGER, DECIMAL, DATE, DATE_TIME, TEXT_LIST, CHOICE_LIST, ROWS, FILE
}
