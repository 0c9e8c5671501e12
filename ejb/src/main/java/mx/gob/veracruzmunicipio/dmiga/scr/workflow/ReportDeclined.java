package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * Fired inside the transaction in which the Director declines a report, so a procedure can undo
 * what its steps had set aside (a budget commitment, a reserved profile) in the same commit.
 */
public record ReportDeclined(Report report) {
}
