package mx.gob.veracruzmunicipio.dmiga.scr.account;

/** How an attempt to sign in to the intranet ended (audited in {@code sign_in_attempt}). */
public enum SignInOutcome {
    /** Right credentials of a staff account. */
    SIGNED_IN,
    /** Wrong username or password. */
    FAILED,
    /** Refused without checking the password: the username is locked out. */
    LOCKED,
    /** Right credentials of a machine client, which may not use the intranet. */
    NOT_STAFF
}
