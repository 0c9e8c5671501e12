package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An AS/400 account request as far as it is known, for callers outside the bean. */
public record As400RequestView(Long id, String folio, As400Movement movement, String givenNames,
                               String firstSurname, String secondSurname, String employeeNumber,
                               List<String> requestedModules, List<String> grantedModules, String profileName,
                               String programmerUsername, As400RequestStatus status, String statusLabel,
                               As400Outcome outcome, String resultMessage, Instant createdAt, Instant approvedAt,
                               Instant resultAt, Instant deliveredAt) implements Serializable {

    static As400RequestView of(As400Request request) {
        return new As400RequestView(request.getId(), request.getFolio(), request.getMovement(),
                request.getEmployee().getGivenNames(), request.getEmployee().getFirstSurname(),
                request.getEmployee().getSecondSurname(), request.getEmployee().getEmployeeNumber(), request.getRequestedModules(), request.getGrantedModules(),
                request.getProfileName(), request.getProgrammerUsername(), request.getStatus(),
                request.getStatus().label(), request.getOutcome(), request.getResultMessage(),
                request.getCreatedAt(), request.getApprovedAt(), request.getResultAt(), request.getDeliveredAt());
    }
}
