package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr09;

/** Where a Cero Papel account request stands ({@code cero_papel_request.status}). */
public enum CeroPapelRequestStatus {
    /** Recorded from the oficio; waiting for the Director's authorization. */
    REGISTRADA,
    /** Authorized: waiting for Cero Papel's provisioning to claim it. */
    APROBADA,
    /** Cero Papel could not do it; the coordinator reviews the message and may request it again. */
    ERROR,
    /** The account exists on Cero Papel; to be delivered with the reply oficio. */
    CREADO,
    /** The account was removed from Cero Papel; to be confirmed with the reply oficio. */
    ELIMINADO,
    /** Communicated to the requesting area by the reply oficio. */
    ENTREGADA
}
