package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.gob.veracruzmunicipio.dmiga.scr.catalog.Provider;
import mx.gob.veracruzmunicipio.dmiga.scr.invoice.Cfdi;
import mx.gob.veracruzmunicipio.dmiga.scr.report.Report;

/**
 * The payment order of a PR-DMIGA-04 report: the verified invoice, SAT's verdict, the order as last
 * drafted, its signatures, its budget commitments and the transfer that paid it. Changed only by
 * {@link PaymentOrderProcedure}, inside the engine's transaction for the action.
 */
@Entity
@Table(name = "payment_order")
@NamedQuery(name = PaymentOrder.BY_REPORT, query = "SELECT o FROM PaymentOrder o WHERE o.report = :report")
@NamedQuery(name = PaymentOrder.BY_FOLIO, query = "SELECT o FROM PaymentOrder o WHERE o.report.folio = :folio")
@NamedQuery(name = PaymentOrder.SAME_INVOICE, query = "SELECT o FROM PaymentOrder o WHERE o.report <> :report "
        + "AND (o.invoiceUuid = :uuid OR (o.issuerRfc = :issuerRfc AND o.invoiceFolio = :invoiceFolio))")
@NamedQuery(name = PaymentOrder.ISSUED_BETWEEN, query = "SELECT o FROM PaymentOrder o "
        + "WHERE o.invoiceIssuedOn BETWEEN :from AND :to")
@NamedQuery(name = PaymentOrder.AWAITING_SAT, query = "SELECT NEW mx.gob.veracruzmunicipio.dmiga.scr.workflow.ReportRef(o.report.folio, o.report.version) "
        + "FROM PaymentOrder o "
        + "WHERE o.satStatus = mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04.SatStatus.NO_DISPONIBLE "
        + "AND o.report.currentStep = '2' ORDER BY o.satCheckedAt")
public class PaymentOrder {

    static final String ISSUED_BETWEEN = "PaymentOrder.issuedBetween";
    static final String BY_REPORT = "PaymentOrder.byReport";
    /** The reports waiting at step 2 because SAT did not answer their last query. */
    static final String AWAITING_SAT = "PaymentOrder.awaitingSat";
    static final String BY_FOLIO = "PaymentOrder.byFolio";
    static final String SAME_INVOICE = "PaymentOrder.sameInvoice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false, unique = true)
    private Report report;

    @Column(name = "invoice_uuid", nullable = false, unique = true, length = 36)
    private String invoiceUuid;

    @Column(name = "invoice_folio", nullable = false, length = 40)
    private String invoiceFolio;

    @Column(name = "issuer_rfc", nullable = false, length = 13)
    private String issuerRfc;

    @Column(name = "receiver_rfc", nullable = false, length = 13)
    private String receiverRfc;

    @Column(name = "invoice_issued_on", nullable = false)
    private LocalDate invoiceIssuedOn;

    @Column(name = "invoice_subtotal", nullable = false, precision = 15, scale = 2)
    private BigDecimal invoiceSubtotal;

    @Column(name = "transferred_taxes", nullable = false, precision = 15, scale = 2)
    private BigDecimal transferredTaxes;

    @Column(name = "withheld_taxes", nullable = false, precision = 15, scale = 2)
    private BigDecimal withheldTaxes;

    @Column(name = "invoice_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal invoiceTotal;

    @Column(name = "invoice_concept", nullable = false, length = 500)
    private String invoiceConcept;

    /** The last 8 characters of the CFDI's Sello: SAT's verification expression asks for them (fe=). */
    @Column(name = "invoice_seal_tail", length = 8)
    private String invoiceSealTail;

    @Column(name = "issuer_name", length = 254)
    private String issuerName;

    @Column(name = "receiver_name", length = 254)
    private String receiverName;

    @Column(name = "invoice_currency", length = 3)
    private String invoiceCurrency;

    @Column(name = "invoice_discount", precision = 15, scale = 2)
    private BigDecimal invoiceDiscount;

    /** FechaTimbrado: the issuer's local time, as SAT writes it. */
    @Column(name = "invoice_stamped_at")
    private LocalDateTime invoiceStampedAt;

    @Column(name = "billing_warnings", length = 2000)
    private String billingWarnings;

    @Column(name = "billing_verified_by", nullable = false, length = 40)
    private String billingVerifiedBy;

    @Column(name = "billing_verified_at", nullable = false)
    private Instant billingVerifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sat_status", length = 20)
    private SatStatus satStatus;

    @Column(name = "sat_status_code", length = 200)
    private String satStatusCode;

    @Column(name = "sat_checked_by", length = 40)
    private String satCheckedBy;

    @Column(name = "sat_checked_at")
    private Instant satCheckedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "budget_item_code", length = 20)
    private String budgetItemCode;

    @Column(length = 500)
    private String concept;

    @Column(name = "draft_round", nullable = false)
    private int draftRound;

    @Column(name = "drafted_by", length = 40)
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "transfer_reference", length = 50)
    private String transferReference;

    @Column(name = "transfer_date")
    private LocalDate transferDate;

    @Column(name = "paid_by", length = 40)
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentOrderSignature> signatures = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentOrderCommitment> commitments = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentOrderSatQuery> satQueries = new ArrayList<>();

    protected PaymentOrder() {
        // JPA
    }

    PaymentOrder(Report report) {
        this.report = report;
    }

    /** Step 1A: the invoice as read from its CFDI; a corrected invoice replaces the returned one. */
    void verifiedInvoice(Cfdi cfdi, List<String> warnings, String actor, Instant now) {
        invoiceUuid = cfdi.uuid();
        invoiceFolio = Invoices.limit(cfdi.seriesAndFolio(), 40);
        issuerRfc = cfdi.issuer().rfc();
        issuerName = Invoices.limit(cfdi.issuer().name(), 254);
        receiverRfc = cfdi.receiver().rfc();
        receiverName = Invoices.limit(cfdi.receiver().name(), 254);
        invoiceIssuedOn = cfdi.issuedAt().toLocalDate();
        invoiceCurrency = Invoices.limit(cfdi.currency(), 3);
        invoiceSubtotal = Invoices.centavos(cfdi.subtotal());
        invoiceDiscount = Invoices.centavos(cfdi.discount());
        transferredTaxes = Invoices.centavos(cfdi.transferredTaxes());
        withheldTaxes = Invoices.centavos(cfdi.withheldTaxes());
        invoiceTotal = Invoices.centavos(cfdi.total());
        invoiceConcept = Invoices.limit(cfdi.concept(), 500);
        invoiceSealTail = cfdi.sealTail();
        invoiceStampedAt = cfdi.stampedAt();
        billingWarnings = warnings.isEmpty() ? null : Invoices.limit(String.join("\n", warnings), 2000);
        billingVerifiedBy = actor;
        billingVerifiedAt = now;
    }

    /** Step 2: SAT was asked; the order shows its last answer (NO_DISPONIBLE: it is asked again). */
    void askedSat(PaymentOrderSatQuery query) {
        satQueries.add(query);
        satStatus = query.getOutcome();
        satStatusCode = query.getStatusCode();
        satCheckedBy = query.getAskedBy();
        satCheckedAt = query.getAskedAt();
    }

    /** Step 3: a new draft starts a new round of signatures. */
    void drafted(Provider orderProvider, PaymentOrderDraft draft, String code, String actor, Instant now) {
        provider = orderProvider;
        amount = Invoices.pesos(draft.amount());
        budgetItemCode = code;
        concept = draft.concept().strip();
        draftRound++;
        draftedBy = actor;
        draftedAt = now;
    }

    void signed(PaymentOrderSignature signature) {
        signatures.add(signature);
    }

    void committed(PaymentOrderCommitment commitment) {
        commitments.add(commitment);
    }

    void paid(Transfer transfer, String actor, Instant now) {
        transferReference = transfer.paymentReference().strip();
        transferDate = transfer.transferDate();
        paidBy = actor;
        paidAt = now;
    }

    /** The money currently held on the partida for this order, if any. */
    PaymentOrderCommitment activeCommitment() {
        return commitments.stream().filter(PaymentOrderCommitment::isActive).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public String getInvoiceUuid() {
        return invoiceUuid;
    }

    public String getInvoiceFolio() {
        return invoiceFolio;
    }

    public String getIssuerRfc() {
        return issuerRfc;
    }

    public String getReceiverRfc() {
        return receiverRfc;
    }

    public LocalDate getInvoiceIssuedOn() {
        return invoiceIssuedOn;
    }

    public BigDecimal getInvoiceSubtotal() {
        return invoiceSubtotal;
    }

    public BigDecimal getTransferredTaxes() {
        return transferredTaxes;
    }

    public BigDecimal getWithheldTaxes() {
        return withheldTaxes;
    }

    public BigDecimal getInvoiceTotal() {
        return invoiceTotal;
    }

    public String getInvoiceConcept() {
        return invoiceConcept;
    }

    public String getInvoiceSealTail() {
        return invoiceSealTail;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public String getInvoiceCurrency() {
        return invoiceCurrency;
    }

    public BigDecimal getInvoiceDiscount() {
        return invoiceDiscount;
    }

    public LocalDateTime getInvoiceStampedAt() {
        return invoiceStampedAt;
    }

    public String getBillingWarnings() {
        return billingWarnings;
    }

    public String getBillingVerifiedBy() {
        return billingVerifiedBy;
    }

    public Instant getBillingVerifiedAt() {
        return billingVerifiedAt;
    }

    public SatStatus getSatStatus() {
        return satStatus;
    }

    public String getSatStatusCode() {
        return satStatusCode;
    }

    public String getSatCheckedBy() {
        return satCheckedBy;
    }

    public Instant getSatCheckedAt() {
        return satCheckedAt;
    }

    public Provider getProvider() {
        return provider;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getBudgetItemCode() {
        return budgetItemCode;
    }

    public String getConcept() {
        return concept;
    }

    public int getDraftRound() {
        return draftRound;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getTransferReference() {
        return transferReference;
    }

    public LocalDate getTransferDate() {
        return transferDate;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public List<PaymentOrderSignature> getSignatures() {
        return Collections.unmodifiableList(signatures);
    }

    public List<PaymentOrderCommitment> getCommitments() {
        return Collections.unmodifiableList(commitments);
    }

    public List<PaymentOrderSatQuery> getSatQueries() {
        return Collections.unmodifiableList(satQueries);
    }

    public long getVersion() {
        return version;
    }
}
