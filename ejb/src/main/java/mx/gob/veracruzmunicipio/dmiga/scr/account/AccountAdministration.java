package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/**
 * The ADMIN's management of staff and machine-client accounts. Every change is audited in
 * {@link AccountChange} with who made it and when.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountAdministration {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    /**
     * Creates a staff account with the password the ADMIN typed, or a machine client's account (by
     * its roles) with a key SCR generates: returned here once, to be shown to the ADMIN, and stored
     * only hashed. A machine client takes no typed password.
     *
     * @return the machine client's key, empty for a staff account
     */
    public Optional<String> create(String username, String fullName, String email, Set<Role> roles,
            char[] initialPassword) {
        requireOneKindOfRoles(roles);
        char[] secret = secretFor(username, roles, initialPassword);
        UserAccount account = validation.require(
                new UserAccount(username, fullName, email, PasswordHash.forAccount(roles, secret), roles));
        if (find(username).isPresent()) {
            throw new InvalidInputException("Ya existe una cuenta con el nombre de usuario «" + username + "».");
        }
        em.persist(account);
        audit(username, AccountChangeKind.CREATED, "Roles: " + names(roles));
        return machineKey(roles, secret);
    }

    /** Replaces the account's roles (a staff member changes area, or takes a second duty). */
    public UserAccount changeRoles(String username, Set<Role> roles) {
        UserAccount account = existing(username);
        if (isMe(username) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("No puede quitarse a sí mismo el rol de administración.");
        }
        requireOneKindOfRoles(roles);
        if (Role.anyMachineClient(roles) != Role.anyMachineClient(account.getRoles())) {
            throw new InvalidInputException("Una cuenta del personal no puede convertirse en cliente de sistema, "
                    + "ni al revés, porque sus credenciales son de distinto tipo: cree una cuenta nueva.");
        }
        String before = names(account.getRoles());
        account.changeRoles(roles);
        validation.require(account);
        audit(username, AccountChangeKind.ROLES_CHANGED, before + " → " + names(roles));
        return account;
    }

    /** A deactivated account can no longer sign in; its history stays. */
    public UserAccount setActive(String username, boolean active) {
        UserAccount account = existing(username);
        if (isMe(username) && !active) {
            throw new InvalidInputException("No puede desactivar su propia cuenta.");
        }
        if (account.isActive() != active) {
            account.setActive(active);
            audit(username, active ? AccountChangeKind.ACTIVATED : AccountChangeKind.DEACTIVATED, null);
        }
        return account;
    }

    /** The department of a person of another area (AREA_SOLICITANTE), whose reports they may follow. */
    public UserAccount assignDepartment(String username, String departmentCode) {
        UserAccount account = existing(username);
        Department department = em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("code", departmentCode == null ? null : departmentCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe la dependencia «" + departmentCode + "»."));
        account.setDepartment(department);
        audit(username, AccountChangeKind.DEPARTMENT_ASSIGNED, department.getCode() + " · " + department.getName());
        return account;
    }

    /**
     * A new password typed by the ADMIN, for someone who forgot theirs; or, for a machine client, a
     * new generated key (returned once, as in {@link #create}) that replaces the old one at once.
     *
     * @return the machine client's new key, empty for a staff account
     */
    public Optional<String> resetPassword(String username, char[] newPassword) {
        UserAccount account = existing(username);
        char[] secret = secretFor(username, account.getRoles(), newPassword);
        account.changePassword(PasswordHash.forAccount(account.getRoles(), secret));
        audit(username, AccountChangeKind.PASSWORD_RESET, null);
        return machineKey(account.getRoles(), secret);
    }

    public List<UserAccount> accounts() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    /**
     * The accounts for the administration list: {@code text} in the username or name (any case),
     * {@code role} held, {@code active} state; a null criterion does not filter.
     */
    public List<AccountView> search(String text, Role role, Boolean active) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT a FROM UserAccount a LEFT JOIN FETCH a.department ORDER BY a.username",
                        UserAccount.class)
                .getResultStream()
                .filter(account -> needle.isEmpty() || account.getUsername().toLowerCase(Locale.ROOT).contains(needle)
                        || account.getFullName().toLowerCase(Locale.ROOT).contains(needle))
                .filter(account -> role == null || account.getRoles().contains(role))
                .filter(account -> active == null || account.isActive() == active)
                .map(AccountView::of)
                .toList();
    }

    public Optional<AccountView> view(String username) {
        return find(username).map(AccountView::of);
    }

    /** The account's audit trail, newest first. */
    public List<AccountChangeView> history(String username) {
        return em.createNamedQuery(AccountChange.OF_ACCOUNT, AccountChange.class).setParameter("username", username)
                .getResultStream().map(AccountChange::view).toList();
    }

    private UserAccount existing(String username) {
        return find(username).orElseThrow(() -> new InvalidInputException("No existe la cuenta «" + username + "»."));
    }

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The typed password of a person (meeting the rule), or a generated key for a machine client. */
    private static char[] secretFor(String username, Set<Role> roles, char[] typed) {
        if (!Role.anyMachineClient(roles)) {
            PasswordRule.require(username, typed);
            return typed;
        }
        if (typed != null && typed.length > 0) {
            throw new InvalidInputException("Las cuentas de cliente de sistema no llevan contraseña escrita: SCR "
                    + "genera su clave. Deje vacío el campo de contraseña.");
        }
        return MachineKey.generate().toCharArray();
    }

    private static Optional<String> machineKey(Set<Role> roles, char[] secret) {
        return Role.anyMachineClient(roles) ? Optional.of(new String(secret)) : Optional.empty();
    }

    /** A machine client's account holds machine-client roles only, so it never reaches the intranet. */
    private static void requireOneKindOfRoles(Set<Role> roles) {
        Set<Role> machine = roles.stream().filter(Role::isMachineClient).collect(Collectors.toSet());
        if (!machine.isEmpty() && machine.size() != roles.size()) {
            throw new InvalidInputException("Una cuenta de cliente de sistema (Cero Papel o AS/400) no puede tener "
                    + "además roles del personal.");
        }
    }

    private boolean isMe(String username) {
        return context.getCallerPrincipal().getName().equals(username);
    }

    private void audit(String username, AccountChangeKind change, String details) {
        em.persist(new AccountChange(username, change, details, context.getCallerPrincipal().getName(), Instant.now()));
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "—" : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }
}
