package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr02;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialReceipt;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.MaterialUsed;
import mx.gob.veracruzmunicipio.dmiga.scr.procedures.ReportMaterials;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ReportStatus;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Reports;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReplyOficio;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/** The steps of PR-DMIGA-02 ({@link LineMaintenanceFlow}) as operations, and its impact-ordered queue. */
@Stateless
@PermitAll // the engine authorizes each step by its role; the reads say who may read
public class LineMaintenanceProcedure {

    /** Highest impact first; among equals, the oldest first (manual: attend the greatest impact first). */
    static final Comparator<Report> QUEUE_ORDER = Comparator
            .comparing((Report r) -> r.getPriority().ordinal()).reversed()
            .thenComparing(Report::getCreatedAt)
            .thenComparing(Report::getFolio);

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @EJB
    Workflow workflow;

    @EJB
    Reports reports;

    @Inject
    ReportMaterials materials;

    /** Step 2: Mantenimiento verified and analyzed the damage on site; the directorate attends it. */
    @Performs(LineMaintenanceFlow.ANALYZE)
    public ReportView analyze(ReportRef report, DamageAnalysis data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.ANALYZE, data);
    }

    /**
     * Step 2: the fault is the provider's. The provider must be an active one of the catalog; its
     * help-desk ticket is stored for follow-up and the report waits while the provider works.
     */
    @Performs(LineMaintenanceFlow.PROVIDER_FAULT)
    public ReportView reportProviderFault(ReportRef report, ProviderFault data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.PROVIDER_FAULT, data, r -> {
            String rfc = data.providerRfc().strip().toUpperCase(Locale.ROOT);
            Provider provider = em.createQuery("SELECT p FROM Provider p WHERE p.rfc = :rfc", Provider.class)
                    .setParameter("rfc", rfc)
                    .getResultStream().filter(Provider::isActive).findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "No existe un proveedor activo con el RFC «" + rfc + "» en el catálogo."));
            em.persist(new ProviderTicket(r, provider, data.ticketNumber().strip(), caller(), now()));
        });
    }

    /** Step 2A: the provider answered its ticket; resolved goes to closing, otherwise to step 3. */
    @Performs(LineMaintenanceFlow.PROVIDER_OUTCOME)
    public ReportView recordProviderOutcome(ReportRef report, ProviderOutcome data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.PROVIDER_OUTCOME, data, r -> openTickets(r)
                .forEach(ticket -> ticket.answered(data.outcome().strip(), now())));
    }

    /** Step 3: the material is available; what is taken leaves the directorate's stock. */
    @Performs(LineMaintenanceFlow.MATERIAL_FROM_STOCK)
    public ReportView takeMaterialFromStock(ReportRef report, MaterialFromStock data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.MATERIAL_FROM_STOCK, data,
                r -> materials.consume(r, data.materials()));
    }

    /** Step 3: the material is not available; the area gets the list by oficio and the report waits. */
    @Performs(LineMaintenanceFlow.GOODS_TO_REQUEST)
    public ReportView requestGoods(ReportRef report, GoodsToRequest data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.GOODS_TO_REQUEST, data);
    }

    /** Step 3A: the goods the area requested from Adquisiciones arrived. */
    @Performs(LineMaintenanceFlow.GOODS_RECEIVED)
    public ReportView goodsReceived(ReportRef report, MaterialReceipt data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.GOODS_RECEIVED, data);
    }

    /** Step 4: Mantenimiento attends the event. */
    @Performs(LineMaintenanceFlow.ATTEND)
    public ReportView attend(ReportRef report, LineWork data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.ATTEND, data);
    }

    /** Step 5: the SECRETARIA closes the report; one that came by oficio goes on to the reply. */
    @Performs(LineMaintenanceFlow.CLOSE)
    public ReportView close(ReportRef report, Note data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.CLOSE, data);
    }

    /** Step 5A: the SECRETARIA replies to the requesting area by oficio. */
    @Performs(LineMaintenanceFlow.REPLY)
    public ReportView reply(ReportRef report, ReplyOficio data) {
        return workflow.perform(LineMaintenanceFlow.DEFINITION, report, LineMaintenanceFlow.REPLY, data);
    }

    /** The open PR-DMIGA-02 reports, highest impact first, then the oldest. */
    @RolesAllowed({"MANTENIMIENTO", "SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION",
            "DESARROLLO_COORD", "PROGRAMADOR", "COORD_SEGUIMIENTO"})
    public List<ReportView> queue() {
        return em.createQuery("SELECT r FROM Report r JOIN FETCH r.department WHERE r.procedure = :procedure "
                        + "AND r.status IN :open", Report.class)
                .setParameter("procedure", ProcedureKey.PR_DMIGA_02)
                .setParameter("open", List.of(ReportStatus.EN_TRAMITE, ReportStatus.EN_ESPERA))
                .getResultStream()
                .sorted(QUEUE_ORDER)
                .map(ReportView::of)
                .toList();
    }

    /** The provider tickets of a report. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "MANTENIMIENTO", "CONTRALORIA", "ADMIN"})
    public List<ProviderTicket.View> providerTickets(String folio) {
        return em.createNamedQuery(ProviderTicket.OF_REPORT, ProviderTicket.class)
                .setParameter("report", reports.get(folio))
                .getResultStream().map(ProviderTicket::view).toList();
    }

    /** The material the report took from stock. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "MANTENIMIENTO", "CONTRALORIA", "ADMIN"})
    public List<MaterialUsed> materialsUsed(String folio) {
        return materials.of(reports.get(folio));
    }

    private List<ProviderTicket> openTickets(Report report) {
        return em.createNamedQuery(ProviderTicket.OF_REPORT, ProviderTicket.class).setParameter("report", report)
                .getResultStream().filter(ProviderTicket::isOpen).toList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
