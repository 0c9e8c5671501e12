package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.io.Serializable;
import java.util.Set;

/** What the intranet shows about the signed-in person. */
public record AccountSummary(String username, String fullName, Set<Role> roles) implements Serializable {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
