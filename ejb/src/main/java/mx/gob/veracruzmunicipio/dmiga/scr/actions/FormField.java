package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;
import java.util.List;

/**
 * One field of an action's form: a component of its data record, with the Spanish label of its
 * {@code @Label}, whether Bean Validation requires it, the options to choose from (enum labels or
 * catalog rows), and for a list of records the columns of each row.
 */
public record FormField(String name, String label, FieldKind kind, boolean required, List<Choice> choices,
                        List<FormField> columns) implements Serializable {
}
