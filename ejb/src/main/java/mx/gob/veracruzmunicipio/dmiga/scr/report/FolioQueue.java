package mx.gob.veracruzmunicipio.dmiga.scr.report;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Lets this server's transactions take the year's folio counter one at a time, in arrival order.
 * What keeps folios unique and gapless across the cluster is the counter row's lock, held until
 * commit; waiting here rather than on that row spares the database a crowd of lock waiters that all
 * wake at every commit, which under a burst of oficios made intakes slower and their order unfair.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // called by Folios
public class FolioQueue {

    /** Longer than any intake's transaction takes; reached only if the database stops answering. */
    private static final long MAX_WAIT_SECONDS = 120;

    private final Semaphore turn = new Semaphore(1, true);

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Waits for this server's turn to number a report; the turn passes on when the caller's transaction ends. */
    public void await() {
        if (transactions.getResource(FolioQueue.class) != null) {
            return; // this transaction numbers a second report: it has the turn already
        }
        try {
            if (!turn.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new EJBException("No folio turn within " + MAX_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EJBException(e);
        }
        try {
            transactions.putResource(FolioQueue.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the turn lasts through the commit, as the counter row's lock does
                }

                @Override
                public void afterCompletion(int status) {
                    turn.release();
                }
            });
        } catch (RuntimeException e) {
            turn.release();
            throw e;
        }
    }
}
