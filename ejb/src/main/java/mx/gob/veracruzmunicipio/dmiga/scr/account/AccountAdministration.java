package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
