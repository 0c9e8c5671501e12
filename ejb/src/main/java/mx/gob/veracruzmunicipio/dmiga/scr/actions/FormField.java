package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;
import java.util.List;

/**
 * One field of an action's form: a component of its data record, with the Spanish label of its
 * {@code @Label}, whether Bean Validation requires it, the options to choose from (enum labels or
 * catalog rows), for a list of records the columns of each row, and for a file the extensions it
 * accepts (".xml,.pdf", as the browser's {@code accept} takes them; null otherwise).
 */
public record FormField(String name, String label, FieldKind kind, boolean required, List<Choice> choices,
                        List<FormField> columns, String accept) implements Serializable {
}
