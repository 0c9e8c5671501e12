package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.io.Serializable;
import java.time.Instant;

import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;

/**
 * Where a user request stands for its system: its status (REGISTRADA, APROBADA, ERROR, CREADO,
 * ELIMINADO, ENTREGADA, or DECLINADA when the Director declined the report), the last result and
 * message, and until when a claim holds it.
 */
public record ProvisioningStatus(Long id, String folio, ProvisioningSystem system, String movement, String status,
                                 String outcome, String profile, String message, Instant leaseExpiresAt,
                                 Instant resultAt) implements Serializable {

    static ProvisioningStatus of(ProvisioningSystem system, ProvisionedRequest request) {
        return new ProvisioningStatus(request.getId(), request.getFolio(), system, request.movementName(),
                request.getReport().getStatus() == ReportStatus.DECLINADO ? "DECLINADA" : request.statusName(),
                request.outcomeName(), request.getProfileName(), request.getResultMessage(),
                request.lease().getLeaseExpiresAt(), request.getResultAt());
    }
}
