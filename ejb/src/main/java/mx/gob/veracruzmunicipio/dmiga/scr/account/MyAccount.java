package mx.gob.veracruzmunicipio.dmiga.scr.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signed-in caller's own account. */
@Stateless
@PermitAll
public class MyAccount {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    public AccountSummary summary() {
        String username = context.getCallerPrincipal().getName();
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
        return new AccountSummary(account.getUsername(), account.getFullName(), account.getRoles());
    }
}
