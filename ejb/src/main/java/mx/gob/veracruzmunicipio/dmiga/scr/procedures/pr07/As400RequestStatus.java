package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr07;

/**
 * Where an AS/400 account request stands, as stored in {@code as400_request.status}. The AS/400
 * integration layer is interested only in {@link #APROBADA}: those are the requests it may claim.
 */
public enum As400RequestStatus {
    /** Recorded with the report; going through authorization, assignment and profile naming. */
    REGISTRADA("Registrada, en autorización"),
    /** The programmer formed the profile: approved and waiting for the AS/400 integration layer. */
    APROBADA("Aprobada, en espera del AS/400"),
    /** The AS/400 refused it; back with the programmer, who names the profile again. */
    ERROR("Error del AS/400, en revisión por el programador"),
    /** The AS/400 created the profile; the credentials are still to be delivered. */
    CREADO("Perfil creado en el AS/400"),
    /** The AS/400 removed the profile; the reply is still to be sent. */
    ELIMINADO("Perfil eliminado del AS/400"),
    /** Credentials (or the removal) communicated to the requesting area by oficio. */
    ENTREGADA("Atendida y notificada al área solicitante");

    private final String label;

    As400RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
