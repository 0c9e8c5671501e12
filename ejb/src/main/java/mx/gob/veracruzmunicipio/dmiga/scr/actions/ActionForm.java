package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData;

/**
 * An action the caller may take on a report now, with the form of its data record: its fields and
 * the values to start from (e.g. the AS/400 profile name the manual's rule suggests).
 */
public record ActionForm(String key, String label, String step, Class<? extends ActionData> dataType,
                         List<FormField> fields, Map<String, Serializable> defaults) implements Serializable {
}
