package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Department;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InputValidation;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** The ADMIN's management of staff and machine-client accounts. */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountAdministration {

    static final int MINIMUM_PASSWORD_LENGTH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidation validation;

    public UserAccount create(String username, String fullName, String email, Set<Role> roles, char[] initialPassword) {
        if (initialPassword == null || initialPassword.length < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException("La contraseña debe tener al menos " + MINIMUM_PASSWORD_LENGTH + " caracteres.");
        }
        UserAccount account = validation.require(
                new UserAccount(username, fullName, email, PasswordHash.of(initialPassword), roles));
        if (find(username).isPresent()) {
            throw new InvalidInputException("Ya existe una cuenta con el nombre de usuario «" + username + "».");
        }
        em.persist(account);
        return account;
    }

    /** Replaces the account's roles (a staff member changes area, or takes a second duty). */
    public UserAccount changeRoles(String username, Set<Role> roles) {
        UserAccount account = existing(username);
        account.changeRoles(roles);
        return validation.require(account);
    }

    /** A deactivated account can no longer sign in; its history stays. */
    public UserAccount setActive(String username, boolean active) {
        UserAccount account = existing(username);
        account.setActive(active);
        return account;
    }

    /** The department of a person of another area (AREA_SOLICITANTE), whose reports they may follow. */
    public UserAccount assignDepartment(String username, String departmentCode) {
        UserAccount account = existing(username);
        account.setDepartment(em.createNamedQuery(Department.BY_CODE, Department.class)
                .setParameter("code", departmentCode == null ? null : departmentCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream().filter(Department::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("No existe la dependencia «" + departmentCode + "».")));
        return account;
    }

    public List<UserAccount> accounts() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
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
}
