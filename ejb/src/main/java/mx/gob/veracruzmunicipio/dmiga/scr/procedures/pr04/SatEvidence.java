package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps each question to SAT and its answer on the order, in a transaction of its own: the
 * evidence stays whether or not the step is then taken (SAT did not answer, the report changed).
 */
@Stateless
@PermitAll // called by PaymentOrderProcedure.checkSat after the engine's check of the caller
public class SatEvidence {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public void record(long orderId, String expression, SatAnswer answer) {
        PaymentOrder order = em.find(PaymentOrder.class, orderId);
        PaymentOrderSatQuery query = new PaymentOrderSatQuery(order, expression, answer,
                context.getCallerPrincipal().getName(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(query);
        order.askedSat(query);
    }
}
