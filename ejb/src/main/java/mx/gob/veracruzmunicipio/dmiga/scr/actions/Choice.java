package mx.gob.veracruzmunicipio.dmiga.scr.actions;

import java.io.Serializable;

/** One option of a form field: the value stored and the Spanish text shown. */
public record Choice(String value, String label) implements Serializable {
}
