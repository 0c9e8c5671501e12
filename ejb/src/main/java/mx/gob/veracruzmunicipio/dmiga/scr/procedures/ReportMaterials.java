package mx.gob.veracruzmunicipio.dmiga.scr.procedures;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Material;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.StockLedger;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * Consumes a report's material from stock and remembers what it used. Called from an action's
 * effect, i.e. after the engine has authorized the step, inside its transaction: a refusal (not
 * enough stock) rolls back every line already consumed together with the action.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ReportMaterials {

    @PersistenceContext
    EntityManager em;

    @Inject
    StockLedger ledger;

    @Inject
    Principal caller;

    public void consume(Report report, List<MaterialUse> materials) {
        if (materials == null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (MaterialUse use : materials) {
            // The ledger refuses with the catalog's Spanish message when the stock does not suffice.
            ledger.consume(use.materialCode(), use.quantity(), "Reporte " + report.getFolio());
            Material material = em.createNamedQuery(Material.BY_CODE, Material.class)
                    .setParameter("code", use.materialCode().strip().toUpperCase(Locale.ROOT))
                    .getSingleResult();
            em.persist(new ReportMaterial(report, material, use.quantity(), report.getCurrentStep(), caller.getName(),
                    now));
        }
    }

    public List<MaterialUsed> of(Report report) {
        return em.createNamedQuery(ReportMaterial.OF_REPORT, ReportMaterial.class).setParameter("report", report)
                .getResultStream().map(ReportMaterial::view).toList();
    }
}
