package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.io.Serializable;

/** The result of verifying a report's timeline: intact, or the first entry that no longer matches. */
public record TimelineCheck(String folio, boolean intact, Integer firstBrokenEntry, String explanation)
        implements Serializable {
}
