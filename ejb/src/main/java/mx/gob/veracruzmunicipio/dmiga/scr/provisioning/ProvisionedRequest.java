package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import java.time.Instant;
import java.util.List;

import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * A user request as the provisioning service sees it, whatever its system: the PR-DMIGA-07
 * request (AS/400) or the PR-DMIGA-09 one (Cero Papel).
 */
public interface ProvisionedRequest {

    /** The status of an approved request waiting for its system, in both tables. */
    String APPROVED = "APROBADA";

    Long getId();

    String getFolio();

    Report getReport();

    /** ALTA or BAJA. */
    String movementName();

    Employee getEmployee();

    List<String> getRequestedModules();

    String getProfileName();

    /** REGISTRADA, APROBADA, ERROR, CREADO, ELIMINADO or ENTREGADA. */
    String statusName();

    /** The last result recorded, null before the first. */
    String outcomeName();

    String getResultMessage();

    Instant getResultAt();

    /** Never null: the embedded columns are all empty before the first claim. */
    ProvisioningLease lease();

    default boolean isAlta() {
        return "ALTA".equals(movementName());
    }
}
