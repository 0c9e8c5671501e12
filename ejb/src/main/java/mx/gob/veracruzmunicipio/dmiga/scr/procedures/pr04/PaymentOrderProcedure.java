package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.gob.veracruzmunicipio.dmiga.scr.account.Role;
import mx.gob.veracruzmunicipio.dmiga.scr.account.UserAccount;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetItem;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.BudgetLedger;
import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.invoice.Cfdi;
import mx.gob.veracruzmunicipio.dmiga.scr.invoice.CfdiChecks;
import mx.gob.veracruzmunicipio.dmiga.scr.invoice.CfdiParser;
import mx.gob.veracruzmunicipio.dmiga.scr.invoice.Rfc;
import mx.gob.veracruzmunicipio.dmiga.scr.platform.InvalidInputException;
import mx.gob.veracruzmunicipio.dmiga.scr.report.ProcedureKey;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ActionData.Note;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportDeclined;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Performs;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportView;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Upload;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.Workflow;

/**
 * The steps of PR-DMIGA-04 ({@link PaymentOrderFlow}) as operations, and the payment order they
 * build. The engine checks version, step, role and data first; the effects here then keep the
 * order's tables and the partida's commitment in the same transaction, so a refusal (duplicate
 * invoice, insufficient balance…) leaves nothing written.
 */
@Stateless
@PermitAll // the engine authorizes each step by its role
public class PaymentOrderProcedure {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    @EJB
    Workflow workflow;

    @Inject
    BudgetLedger ledger;

    @Inject
    SatClient sat;

    @EJB
    SatEvidence satEvidence;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The city hall's RFC, the receiver its invoices must name (SCR_INVOICE_RECEIVER_RFC). */
    @Inject
    @ConfigProperty(name = "scr.invoice.receiver-rfc")
    String cityHallRfc;

    /**
     * Step 1A: the coordination uploads the provider's CFDI and PDF and gives its verdict. Correct
     * data registers the invoice read from the XML on the report's payment order; it is refused with
     * every problem found ({@link #registerInvoice}). Wrong data returns
     * the invoice to the provider and the report waits for the corrected one (1B).
     */
    @Performs(PaymentOrderFlow.VERIFY_BILLING)
    public ReportView verifyBilling(ReportRef report, BillingCheck data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.VERIFY_BILLING, data, r -> {
            if (data.dataCorrect()) {
                registerInvoice(r, data);
            }
        });
    }

    /** Step 1B: the provider sent the corrected invoice; it is verified again (1A). */
    @Performs(PaymentOrderFlow.RECEIVE_CORRECTED)
    public ReportView receiveCorrectedInvoice(ReportRef report, Note data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.RECEIVE_CORRECTED, data);
    }

    /**
     * Step 2: SCR asks SAT's CFDI verification about the order's invoice, for the SECRETARIA (or the
     * automatic retry, {@link SatRetries}); the question and SAT's answer are kept as evidence
     * whatever it says. Vigente passes to step 3; Cancelado or No encontrado ends the report; when
     * SAT does not answer the report stays at step 2, the caller is told so, and the retry asks
     * again. No transaction is held while SAT is asked: the check, the evidence and the step each
     * commit on their own. The posted status and code are ignored: only SAT's answer counts.
     */
    @Performs(PaymentOrderFlow.CHECK_SAT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReportView checkSat(ReportRef report, SatCheck data) {
        workflow.requireActionable(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.CHECK_SAT);
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_FOLIO, PaymentOrder.class)
                .setParameter("folio", report.folio()).getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Report " + report.folio() + " has no payment order"));
        String expression = SatExpression.of(order);
        SatAnswer answer = sat.consult(expression);
        satEvidence.record(order.getId(), expression, answer);
        if (answer.outcome() == SatStatus.NO_DISPONIBLE) {
            throw new SatUnavailableException("El SAT no respondió a la consulta de vigencia de la factura "
                    + order.getInvoiceUuid() + " (" + answer.failure() + "). La consulta quedó registrada; el reporte "
                    + report.folio() + " sigue en el paso 2 y SCR la repetirá automáticamente cada 15 minutos.");
        }
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.CHECK_SAT,
                new SatCheck(answer.outcome(), answer.statusCode(), data == null ? null : data.observations()));
    }

    /** Step 3: the coordination drafts or corrects the order; it must match the verified invoice. */
    @Performs(PaymentOrderFlow.DRAFT)
    public ReportView draft(ReportRef report, PaymentOrderDraft data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.DRAFT, data, r -> draftOrder(r, data));
    }

    /** Step 3A: the Director signs the order, or sends it back to correction with the reason. */
    @Performs(PaymentOrderFlow.DIRECTOR_SIGN)
    public ReportView directorSign(ReportRef report, Review data) {
        return review(report, "3A", PaymentOrderFlow.DIRECTOR_SIGN, data);
    }

    /** Step 4: Adquisiciones validates and signs, or rejects back to 3. */
    @Performs(PaymentOrderFlow.ADQUISICIONES_REVIEW)
    public ReportView adquisicionesReview(ReportRef report, Review data) {
        return review(report, "4", PaymentOrderFlow.ADQUISICIONES_REVIEW, data);
    }

    /** Step 5: the coordination receives the order signed by Adquisiciones. */
    @Performs(PaymentOrderFlow.RECEIVE_FROM_ADQUISICIONES)
    public ReportView receiveFromAdquisiciones(ReportRef report, Note data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.RECEIVE_FROM_ADQUISICIONES, data);
    }

    /** Step 6: the coordination delivers it to the Contraloría Interna. */
    @Performs(PaymentOrderFlow.DELIVER_TO_CONTRALORIA)
    public ReportView deliverToContraloria(ReportRef report, Note data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.DELIVER_TO_CONTRALORIA, data);
    }

    /** Step 7: the Contraloría Interna validates and signs, or rejects back to 3. */
    @Performs(PaymentOrderFlow.CONTRALORIA_REVIEW)
    public ReportView contraloriaReview(ReportRef report, Review data) {
        return review(report, "7", PaymentOrderFlow.CONTRALORIA_REVIEW, data);
    }

    /** Step 8: the coordination receives the order signed by the Contraloría. */
    @Performs(PaymentOrderFlow.RECEIVE_FROM_CONTRALORIA)
    public ReportView receiveFromContraloria(ReportRef report, Note data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.RECEIVE_FROM_CONTRALORIA, data);
    }

    /** Step 9: the coordination delivers it to Presupuestos. */
    @Performs(PaymentOrderFlow.DELIVER_TO_PRESUPUESTOS)
    public ReportView deliverToPresupuestos(ReportRef report, Note data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.DELIVER_TO_PRESUPUESTOS, data);
    }

    /**
     * Step 10: Presupuestos validates and signs, committing the amount on the partida (refused with
     * the ledger's message when the balance is not enough), or rejects back to 3.
     */
    @Performs(PaymentOrderFlow.PRESUPUESTOS_REVIEW)
    public ReportView presupuestosReview(ReportRef report, Review data) {
        return review(report, "10", PaymentOrderFlow.PRESUPUESTOS_REVIEW, data);
    }

    /** Steps 11–12: the Comisión de Hacienda validates and signs, or rejects back to 3 releasing the partida. */
    @Performs(PaymentOrderFlow.HACIENDA_REVIEW)
    public ReportView haciendaReview(ReportRef report, Review data) {
        return review(report, "11", PaymentOrderFlow.HACIENDA_REVIEW, data);
    }

    /** Step 13: Egresos records the transfer to the provider; the report closes. */
    @Performs(PaymentOrderFlow.PAY)
    public ReportView pay(ReportRef report, Transfer data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, PaymentOrderFlow.PAY, data, r -> orderOf(r).paid(data, caller(), now()));
    }

    /** A declined order gives back what Presupuestos had committed, in the decline's transaction. */
    public void releaseOnDecline(@Observes ReportDeclined event) {
        if (event.report().getProcedure() == ProcedureKey.PR_DMIGA_04) {
            em.createNamedQuery(PaymentOrder.BY_REPORT, PaymentOrder.class).setParameter("report", event.report())
                    .getResultStream().findFirst()
                    .ifPresent(order -> releaseCommitment(order, "Solicitud declinada por la Dirección"));
        }
    }

    /** The report's payment order: invoice, order, signatures, commitment and transfer. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "COORD_SEGUIMIENTO",
            "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS", "COMISION_HACIENDA", "EGRESOS", "ADMIN"})
    public PaymentOrderView order(String folio) {
        return em.createNamedQuery(PaymentOrder.BY_FOLIO, PaymentOrder.class).setParameter("folio", folio)
                .getResultStream().findFirst()
                .map(PaymentOrderView::of)
                .orElseThrow(() -> new InvalidInputException("El reporte " + folio
                        + " no tiene orden de pago: su factura aún no se ha verificado."));
    }

    private ReportView review(ReportRef report, String step, String action, Review data) {
        return workflow.perform(PaymentOrderFlow.DEFINITION, report, action, data, r -> {
            PaymentOrder order = orderOf(r);
            Role role = PaymentOrderFlow.DEFINITION.step(step).role();
            Instant now = now();
            if (data.approved() && role == Role.PRESUPUESTOS) {
                commitBudget(order, now);
            }
            if (!data.approved()) {
                releaseCommitment(order, "Rechazada por " + role.label() + ": " + data.reason().strip());
            }
            PaymentOrderSignature signature = new PaymentOrderSignature(order, step, role, caller(), callerName(),
                    now, data.approved(), data.reason());
            em.persist(signature);
            order.signed(signature);
        });
    }

    /**
     * Reads the CFDI and runs every check at once, so the coordinator returns the invoice with the
     * whole list: the CFDI's own checks, the issuer among the active providers and the invoice on no
     * other order. Then the order keeps the invoice's data, its warnings and both files.
     */
    private void registerInvoice(Report report, BillingCheck data) {
        Cfdi cfdi = CfdiParser.parse(data.invoiceXml().content());
        CfdiChecks.Findings findings = CfdiChecks.check(cfdi, Invoices.normalize(cityHallRfc));
        List<String> problems = new ArrayList<>(findings.problems());
        String issuer = cfdi.issuer().rfc();
        // A malformed RFC is already reported as such: it cannot be a registered provider either.
        if (Rfc.wellFormed(issuer)) {
            Optional<Provider> provider = provider(issuer);
            if (provider.isEmpty()) {
                problems.add("El RFC del emisor " + issuer + " no corresponde a un proveedor registrado: "
                        + "devuelva la factura al proveedor o solicite su alta en el catálogo.");
            } else if (!provider.get().isActive()) {
                problems.add("El proveedor " + provider.get().getName() + " (RFC " + issuer + ") está dado de baja.");
            }
        }
        String folio = cfdi.seriesAndFolio();
        em.createNamedQuery(PaymentOrder.SAME_INVOICE, PaymentOrder.class)
                .setParameter("report", report)
                .setParameter("uuid", cfdi.uuid())
                .setParameter("issuerRfc", issuer)
                .setParameter("invoiceFolio", folio)
                .getResultStream().findFirst()
                .ifPresent(other -> problems.add(duplicate(cfdi.uuid(), folio, other.getReport().getFolio())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PaymentOrder order = em.createNamedQuery(PaymentOrder.BY_REPORT, PaymentOrder.class)
                .setParameter("report", report).getResultStream().findFirst().orElse(null);
        Instant now = now();
        if (order == null) {
            order = new PaymentOrder(report);
            order.verifiedInvoice(cfdi, findings.warnings(), caller(), now);
            em.persist(order);
        } else {
            order.verifiedInvoice(cfdi, findings.warnings(), caller(), now);
        }
        keepFile(order, PaymentOrderFile.Kind.XML, data.invoiceXml(), now);
        keepFile(order, PaymentOrderFile.Kind.PDF, data.invoicePdf(), now);
        try {
            // Two reports registering the same invoice at once: the unique keys decide, and the
            // loser gets the same message as if it had come second.
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidInputException(duplicate(cfdi.uuid(), folio, "otro reporte"));
        }
    }

    private void keepFile(PaymentOrder order, PaymentOrderFile.Kind kind, Upload upload, Instant now) {
        PaymentOrderFile file = order.getId() == null ? null
                : em.createNamedQuery(PaymentOrderFile.OF_ORDER, PaymentOrderFile.class).setParameter("order", order)
                        .getResultStream().filter(f -> f.getKind() == kind).findFirst().orElse(null);
        if (file == null) {
            file = new PaymentOrderFile(order, kind);
            file.replace(upload, caller(), now);
            em.persist(file);
        } else {
            file.replace(upload, caller(), now);
        }
    }

    /** The provider's XML or PDF of the order's invoice, to download. */
    @RolesAllowed({"SECRETARIA", "DIRECTOR", "SUBDIR_TECNOLOGIAS", "SUBDIR_MODERNIZACION", "COORD_SEGUIMIENTO",
            "ADQUISICIONES", "CONTRALORIA", "PRESUPUESTOS", "COMISION_HACIENDA", "EGRESOS", "ADMIN"})
    public Optional<Upload> invoiceFile(String folio, PaymentOrderFile.Kind kind) {
        return em.createNamedQuery(PaymentOrder.BY_FOLIO, PaymentOrder.class).setParameter("folio", folio)
                .getResultStream().findFirst()
                .flatMap(order -> em.createNamedQuery(PaymentOrderFile.OF_ORDER, PaymentOrderFile.class)
                        .setParameter("order", order).getResultStream().filter(f -> f.getKind() == kind).findFirst())
                .map(f -> new Upload(f.getFileName(), f.getMimeType(), f.getContent()));
    }

    private static String duplicate(String uuid, String folio, String where) {
        return "La factura con folio fiscal " + uuid + " (serie y folio " + folio
                + ") ya está registrada en la orden de pago del reporte " + where + ": no se puede pagar dos veces.";
    }

    private void draftOrder(Report report, PaymentOrderDraft data) {
        PaymentOrder order = orderOf(report);
        List<String> problems = new ArrayList<>();
        String rfc = Invoices.normalize(data.providerRfc());
        Provider provider = provider(rfc).orElse(null);
        if (provider == null || !provider.isActive()) {
            problems.add("El RFC del proveedor " + rfc + " no corresponde a un proveedor registrado y activo.");
        } else if (!rfc.equals(order.getIssuerRfc())) {
            problems.add("El proveedor de la orden de pago (RFC " + rfc + ") no es el emisor de la factura (RFC "
                    + order.getIssuerRfc() + ").");
        }
        if (!Invoices.normalize(data.invoiceUuid()).equals(order.getInvoiceUuid())) {
            problems.add("La orden de pago debe referir la factura verificada del reporte (folio fiscal "
                    + order.getInvoiceUuid() + ").");
        }
        if (data.amount().compareTo(order.getInvoiceTotal()) != 0) {
            problems.add("El importe de la orden de pago (" + Invoices.format(data.amount())
                    + ") debe ser igual al total de la factura (" + Invoices.format(order.getInvoiceTotal()) + ").");
        }
        String code = null;
        try {
            BudgetItem item = ledger.find(data.budgetItemCode());
            code = item.getCode();
            int year = Year.now(MEXICO_CITY).getValue();
            if (!item.isActive()) {
                problems.add("La partida presupuestal " + code + " está dada de baja.");
            } else if (item.getFiscalYear() != year) {
                problems.add("La partida presupuestal " + code + " es del ejercicio " + item.getFiscalYear()
                        + "; la orden de pago se carga al ejercicio " + year + ".");
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.messages());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        order.drafted(provider, data, code, caller(), now());
    }

    private void commitBudget(PaymentOrder order, Instant now) {
        // A commitment left by an earlier round would be counted twice: give it back first.
        releaseCommitment(order, "Nueva validación de la Subdirección de Presupuestos");
        BigDecimal amount = order.getAmount();
        ledger.commit(order.getBudgetItemCode(), amount);
        PaymentOrderCommitment commitment = new PaymentOrderCommitment(order, order.getBudgetItemCode(), amount,
                caller(), now);
        em.persist(commitment);
        order.committed(commitment);
    }

    private void releaseCommitment(PaymentOrder order, String reason) {
        PaymentOrderCommitment active = order.activeCommitment();
        if (active != null) {
            ledger.release(active.getBudgetItemCode(), active.getAmount());
            active.released(caller(), now(), reason);
        }
    }

    private PaymentOrder orderOf(Report report) {
        return em.createNamedQuery(PaymentOrder.BY_REPORT, PaymentOrder.class).setParameter("report", report)
                .getResultStream().findFirst()
                // Only reachable past step 1A, which creates the order; a missing one is a bug.
                .orElseThrow(() -> new IllegalStateException("Report " + report.getFolio() + " has no payment order"));
    }

    private Optional<Provider> provider(String rfc) {
        return em.createQuery("SELECT p FROM Provider p WHERE p.rfc = :rfc", Provider.class)
                .setParameter("rfc", rfc).getResultStream().findFirst();
    }

    private String callerName() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", caller())
                .getResultStream().findFirst().map(UserAccount::getFullName).orElse(caller());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
