package mx.gob.veracruzmunicipio.dmiga.scr.intake;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * Fired inside the transaction that receives an oficio carrying a {@link UserRequest}, after its
 * report is opened: the procedure of the report records its own request from it (or refuses the
 * oficio, which then stores nothing).
 */
public record UserRequestReceived(Report report, UserRequest request) {
}
