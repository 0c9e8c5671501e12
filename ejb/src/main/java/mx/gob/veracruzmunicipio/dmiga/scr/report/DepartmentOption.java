package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;

/** A department as a choice in a filter. */
public record DepartmentOption(String code, String name) implements Serializable {
}
