package mx.gob.veracruzmunicipio.dmiga.scr.dashboard;

import java.io.Serializable;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/** The average business time spent in one step of a procedure, over {@code passes} times a report left it. */
public record StepTime(ProcedureKey procedure, String step, String activity, long passes, double averageSeconds)
        implements Serializable {
}
