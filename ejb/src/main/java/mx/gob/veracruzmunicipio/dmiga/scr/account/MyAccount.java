package mx.gob.veracruzmunicipio.dmiga.scr.account;

import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;

/** The signed-in caller's own account. */
@Stateless
@PermitAll
public class MyAccount {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public AccountSummary summary() {
        UserAccount account = me();
        return new AccountSummary(account.getUsername(), account.getFullName(), account.getRoles());
    }

    /**
     * The holder changes their password: the current one proves it is them, the new one must meet
     * the strength rule. Audited; the next sign-in uses the new password.
     */
    public void changePassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = me();
        if (currentPassword == null || currentPassword.length == 0 || !account.passwordMatches(currentPassword)) {
            throw new InvalidInputException("La contraseña actual no es correcta.");
        }
        PasswordRule.require(account.getUsername(), newPassword);
        if (account.passwordMatches(newPassword)) {
            throw new InvalidInputException("La nueva contraseña debe ser distinta de la actual.");
        }
        account.changePassword(PasswordHash.of(newPassword));
        em.persist(new AccountChange(account.getUsername(), AccountChangeKind.PASSWORD_CHANGED, null,
                account.getUsername(), Instant.now()));
    }

    private UserAccount me() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getSingleResult();
    }
}
