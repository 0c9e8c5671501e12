package mx.gob.veracruzmunicipio.dmiga.scr.procedures.pr04;

import java.time.Instant;

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
import jakarta.persistence.Table;

/** One question to SAT about an order's invoice: the expression sent and the Acuse, or why none. */
@Entity
@Table(name = "payment_order_sat_query")
public class PaymentOrderSatQuery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_order_id", nullable = false)
    private PaymentOrder order;

    @Column(nullable = false, length = 300)
    private String expression;

    @Column(name = "status_code", length = 200)
    private String statusCode;

    @Column(length = 100)
    private String state;

    @Column(length = 100)
    private String cancellable;

    @Column(name = "cancellation_status", length = 100)
    private String cancellationStatus;

    @Column(name = "efos_validation", length = 100)
    private String efosValidation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SatStatus outcome;

    @Column(length = 500)
    private String failure;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "asked_by", nullable = false, length = 40)
    private String askedBy;

    protected PaymentOrderSatQuery() {
        // JPA
    }

    PaymentOrderSatQuery(PaymentOrder order, String expression, SatAnswer answer, String askedBy, Instant askedAt) {
        this.order = order;
        this.expression = expression;
        this.statusCode = cut(answer.statusCode(), 200);
        this.state = cut(answer.state(), 100);
        this.cancellable = cut(answer.cancellable(), 100);
        this.cancellationStatus = cut(answer.cancellationStatus(), 100);
        this.efosValidation = cut(answer.efosValidation(), 100);
        this.outcome = answer.outcome();
        this.failure = cut(answer.failure(), 500);
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    /** SAT's texts are kept as they came, within the columns (SAT does not promise their length). */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getExpression() {
        return expression;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getState() {
        return state;
    }

    public String getCancellable() {
        return cancellable;
    }

    public String getCancellationStatus() {
        return cancellationStatus;
    }

    public String getEfosValidation() {
        return efosValidation;
    }

    public SatStatus getOutcome() {
        return outcome;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAskedBy() {
        return askedBy;
    }
}
