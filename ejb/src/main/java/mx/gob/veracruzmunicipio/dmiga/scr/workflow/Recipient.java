package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/** Who an oficio produced by a step goes to. */
public enum Recipient {
    /** The department that made the request. */
    AREA_SOLICITANTE,
    SUBDIRECCION_ADQUISICIONES;

    public String nameFor(Report report) {
        return this == AREA_SOLICITANTE ? report.getDepartment().getName() : "Subdirección de Adquisiciones";
    }
}
