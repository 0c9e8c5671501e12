package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A request handed to a polling integration (contract SolicitudAprovisionamiento): what to create
 * or remove, the temporary password of an ALTA, and the claim's token, which the result must carry.
 */
public record ProvisioningClaim(Long id, String folio, String movement, String profile, String givenNames,
                                String firstSurname, String secondSurname, String employeeNumber,
                                String departmentCode, String departmentName, List<String> modules,
                                String temporaryPassword, String claimToken, Instant leaseExpiresAt)
        implements Serializable {
}
