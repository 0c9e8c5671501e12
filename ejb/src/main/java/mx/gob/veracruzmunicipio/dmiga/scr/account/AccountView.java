package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as the administration pages show it (never its password). */
public record AccountView(String username, String fullName, String email, Set<Role> roles, boolean active,
                          String departmentCode, String departmentName, Instant createdAt) implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    static AccountView of(UserAccount account) {
        return new AccountView(account.getUsername(), account.getFullName(), account.getEmail(), account.getRoles(),
                account.isActive(), account.getDepartment() == null ? null : account.getDepartment().getCode(),
                account.getDepartment() == null ? null : account.getDepartment().getName(), account.getCreatedAt());
    }

    /** A machine client (Cero Papel, AS/400): web services only, never the intranet. */
    public boolean machineClient() {
        return roles.stream().anyMatch(Role::isMachineClient);
    }
}
