package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07.As400Movement;
import mx.gob.veracruzmunicipio.dmiga.scr.provisioning.ProvisioningOutcome;

/** A Cero Papel account request as far as it is known, for callers outside the bean. */
public record CeroPapelRequestView(Long id, String folio, As400Movement movement, String givenNames,
                                   String firstSurname, String secondSurname, String employeeNumber,
                                   List<String> requestedModules, String profileName, CeroPapelRequestStatus status,
                                   ProvisioningOutcome outcome, String resultMessage, Instant approvedAt,
                                   Instant resultAt, Instant deliveredAt) implements Serializable {

    static CeroPapelRequestView of(CeroPapelRequest request) {
        return new CeroPapelRequestView(request.getId(), request.getFolio(), request.getMovement(),
                request.getEmployee().getGivenNames(), request.getEmployee().getFirstSurname(),
                request.getEmployee().getSecondSurname(), request.getEmployee().getEmployeeNumber(), request.getRequestedModules(), request.getProfileName(),
                request.getStatus(), request.getOutcome(), request.getResultMessage(), request.getApprovedAt(),
                request.getResultAt(), request.getDeliveredAt());
    }
}
