package mx.gob.veracruzmunicipio.dmiga.scr.provisioning;

/** What a provisioning integration reports (contract field {@code resultado}). */
public enum ProvisioningOutcome {
    CREADO,
    ELIMINADO,
    ERROR
}
