package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;

/**
 * The systems whose integrations poll SCR for approved user requests (contract field
 * {@code sistema}), each with its procedure and the only machine client that may reach it.
 */
public enum ProvisioningSystem {
    AS400(ProcedureKey.PR_DMIGA_07, Role.AS400_CLIENT),
    CERO_PAPEL(ProcedureKey.PR_DMIGA_09, Role.CERO_PAPEL_CLIENT);

    private final ProcedureKey procedure;
    private final Role client;

    ProvisioningSystem(ProcedureKey procedure, Role client) {
        this.procedure = procedure;
        this.client = client;
    }

    public ProcedureKey procedure() {
        return procedure;
    }

    public Role client() {
        return client;
    }
}
