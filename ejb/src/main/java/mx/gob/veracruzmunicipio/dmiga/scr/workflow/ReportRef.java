package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.io.Serializable;

/**
 * A report as the caller last saw it: its folio and version. Acting on an older version than the
 * stored one is refused, so nobody decides on a report someone else has just changed.
 */
public record ReportRef(String folio, long version) implements Serializable {
}
