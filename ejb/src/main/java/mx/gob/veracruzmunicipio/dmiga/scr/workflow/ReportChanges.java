package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;

/**
 * Who changed a report last, read in a transaction of its own: after losing an optimistic-lock
 * race the caller's transaction can no longer be used to read.
 */
@Stateless
@PermitAll // called by the engine after its own checks
public class ReportChanges {

    /** The person (full name and username) who last changed a report, and when. */
    public record LastChange(String person, Instant at, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LastChange lastChange(String folio) {
        Object[] row = (Object[]) em.createQuery(
                        "SELECT r.updatedBy, r.updatedAt, r.version FROM Report r WHERE r.folio = :folio")
                .setParameter("folio", folio)
                .getSingleResult();
        return new LastChange(displayName((String) row[0]), (Instant) row[1], (Long) row[2]);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String displayName(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().map(a -> a.getFullName() + " (" + username + ")").orElse(username);
    }
}
