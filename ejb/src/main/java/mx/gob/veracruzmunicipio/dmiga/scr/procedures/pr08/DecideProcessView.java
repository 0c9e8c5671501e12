package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr08;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** The Decide Veracruz process of a report as far as it is known, for callers outside the bean. */
public record DecideProcessView(String folio, DecideProcessType type, String typeLabel, LocalDate trainedOn,
                                String collaborators, String title, String portalReference, LocalDate opensOn,
                                LocalDate closesOn, Instant closedAt, Integer participants, String results,
                                Instant resultsDeliveredAt) implements Serializable {

    static DecideProcessView of(DecideProcess process) {
        return new DecideProcessView(process.getReport().getFolio(), process.getType(), process.getType().label(),
                process.getTrainedOn(), process.getCollaborators(), process.getTitle(), process.getPortalReference(),
                process.getOpensOn(), process.getClosesOn(), process.getClosedAt(), process.getParticipants(),
                process.getResults(), process.getResultsDeliveredAt());
    }
}
