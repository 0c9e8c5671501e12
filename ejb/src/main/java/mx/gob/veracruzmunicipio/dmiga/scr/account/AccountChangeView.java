package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.io.Serializable;
import java.time.Instant;

/** An entry of an account's audit trail, for the administration page. */
public record AccountChangeView(AccountChangeKind change, String details, String changedBy, Instant changedAt)
        implements Serializable {
}
